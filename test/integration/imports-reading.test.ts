import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { PEOPLE_IMPORT_LIMITS } from '../../src/main/imports/file-limits'
import { readSpreadsheet } from '../../src/main/imports/spreadsheet-reader'
import { SHEET_HEAD, SHEET_TAIL, xlsxFile } from '../helpers/xlsx-writer'

/**
 * What the spreadsheet reader makes of real workbooks (written by exceljs, as Excel would) and of
 * hand-written XML for what exceljs cannot write. The reader streams the XML itself; these pin down
 * that it reads cells the way the exceljs-based reader before it did.
 */

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  build(wb)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('reading an XLSX', () => {
  it('reads dates as ISO, rich text, formula results, errors as empty, links, numbers and booleans', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('People')
      ws.addRow([
        'First name',
        'Surname',
        'Date of birth',
        'Total',
        'Check',
        'Site',
        'Flag',
        'NHS',
        'Ratio',
        'Custom date',
      ])
      const row = ws.addRow([
        { richText: [{ text: 'A', font: { bold: true } }, { text: 'nn' }] },
        '  Bloggs  ',
        new Date(Date.UTC(1948, 2, 14)),
        { formula: '1+1', result: 2 },
        { error: '#N/A' },
        { text: 'our site', hyperlink: 'https://example.org' },
        true,
        9434765919,
        1.5,
        25569,
      ])
      row.getCell(10).numFmt = 'd mmm yyyy'
      ws.addRow(['Bilal', { formula: 'B2&"-Khan"', result: 'Bloggs-Khan' }])
    })
    const sheet = await readSpreadsheet('people.xlsx', bytes)
    expect(sheet.sheetName).toBe('People')
    expect(sheet.rows).toEqual([
      [
        'Ann',
        'Bloggs',
        '1948-03-14',
        '2',
        '',
        'our site',
        'true',
        '9434765919',
        '1.5',
        '1970-01-01',
      ],
      ['Bilal', 'Bloggs-Khan'],
    ])
  })

  it('reads dates in a workbook that counts from 1904', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.properties.date1904 = true
      const ws = wb.addWorksheet('People')
      ws.addRow(['First name', 'Date of birth'])
      ws.addRow(['Grace', new Date(Date.UTC(1972, 5, 30))])
    })
    expect((await readSpreadsheet('people.xlsx', bytes)).rows).toEqual([['Grace', '1972-06-30']])
  })

  it('takes the first visible sheet, numbers repeated headings, names blank ones, skips empty rows', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('Old', { state: 'hidden' }).addRow(['Not', 'this'])
      const ws = wb.addWorksheet('People')
      ws.getRow(2).values = ['Name', 'Name', '', 'Name (2)']
      ws.getRow(3).values = ['Ann', 'Bee', 'Cee', 'Dee', 'beyond the headings']
      ws.getRow(4).values = ['   ', '']
      ws.getRow(6).values = ['Eve']
      wb.addWorksheet('Later').addRow(['Nor', 'this'])
    })
    const sheet = await readSpreadsheet('people.xlsx', bytes)
    expect(sheet.sheetName).toBe('People')
    expect(sheet.headings).toEqual(['Name', 'Name (2)', 'Column 3', 'Name (2) (2)', 'Column 5'])
    expect(sheet.rows).toEqual([['Ann', 'Bee', 'Cee', 'Dee', 'beyond the headings'], ['Eve']])
  })

  it('reads shared strings without their phonetic guides, and prefixed element names', async () => {
    const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
    const sharedStrings = `<sst xmlns="${ns}"><si><t>Surname</t></si><si><r><t>山</t></r><r><t>田</t></r><rPh sb="0" eb="2"><t>やまだ</t></rPh></si></sst>`
    const sheet = `<x:worksheet xmlns:x="${ns}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row><x:row r="2"><x:c r="A2" t="s"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`
    const bytes = xlsxFile({ data: Buffer.from(sheet) }, { sharedStrings })
    const read = await readSpreadsheet('people.xlsx', bytes)
    expect(read.headings).toEqual(['Surname'])
    expect(read.rows).toEqual([['山田']])
  })

  it('keeps a date it cannot place as the number it is', async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Born</t></is></c></row><row r="2"><c r="A2" s="1"><v>1e300</v></c></row><row r="3"><c r="A3" s="1"><v>26000</v></c></row>${SHEET_TAIL}`
    const bytes = xlsxFile({ data: Buffer.from(sheet) }, { styles })
    expect((await readSpreadsheet('people.xlsx', bytes)).rows).toEqual([['1e+300'], ['1971-03-08']])
  })

  it(
    'reads 40,000 rows in one pass (the old reader rescanned every row for each row: minutes)',
    async () => {
      const rows = [['First name', 'Surname', 'Postcode']]
      for (let i = 0; i < 40_000; i++) rows.push([`Person${i}`, `Family${i % 500}`, 'HD1 2AB'])
      const sheet = await readSpreadsheet('people.xlsx', xlsxFile(rows), PEOPLE_IMPORT_LIMITS)
      expect(sheet.rows).toHaveLength(40_000)
      expect(sheet.rows[39_999]).toEqual(['Person39999', 'Family499', 'HD1 2AB'])
    },
    // A hang guard, not a speed test: this takes about 2 s here, the old reader about 2 minutes.
    30_000,
  )
})

describe('reading a CSV', () => {
  it('trims cells, skips empty rows, numbers repeated headings and keeps cells past the headings', async () => {
    const csv = 'Name,Name,,\r\n\r\n , \r\n Ann ,Bee,,"x, y"\r\n'
    const sheet = await readSpreadsheet('people.csv', Buffer.from(csv))
    expect(sheet.headings).toEqual(['Name', 'Name (2)', 'Column 3', 'Column 4'])
    expect(sheet.rows).toEqual([['Ann', 'Bee', '', 'x, y']])
  })

  it('reports an unclosed quote before the size of the cell it swallowed', async () => {
    const csv = `Name,Surname\r\nAnn,"Bloggs\r\n${'Bee,Cee\r\n'.repeat(10_000)}`
    await expect(readSpreadsheet('people.csv', Buffer.from(csv))).rejects.toMatchObject({
      code: 'IMPORT.UNREADABLE',
      message: 'people.csv could not be read as a spreadsheet: row 2 has an unclosed quote.',
    })
  })
})
