import { afterEach, describe, expect, it } from 'vitest'
import { SeededRandom } from '../../bench/lib/random'
import { readSpreadsheet } from '../../src/main/imports/spreadsheet-reader'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'
import {
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetXml,
  workbookParts,
  xlsxFile,
} from '../helpers/xlsx-writer'
import { deflateBomb, zipFile } from '../helpers/zip-writer'

/**
 * Files over the importer's limits, and zip bombs, are refused while being read with a message
 * naming the file and the limit, and nothing is stored. (test/hostile runs many more such files,
 * each in a child process with a memory measure and a time limit.)
 */

let org: TestOrg
afterEach(async () => org?.cleanup())

const HEADINGS = ['First name', 'Surname']

function upload(name: string, bytes: Buffer) {
  return { name, dataBase64: bytes.toString('base64') }
}

/** Preview and commit are both refused with `code` and `message`, and nobody is stored. */
async function expectRefused(name: string, bytes: Buffer, code: string, message: string | RegExp) {
  org ??= await createTestOrg()
  const file = upload(name, bytes)
  for (const input of [{ file }, { file, accept: true }]) {
    const result = await org.raw(
      'admin',
      'accept' in input ? 'imports.commit' : 'imports.preview',
      input,
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe(code)
    if (typeof message === 'string') expect(result.error.message).toBe(message)
    else expect(result.error.message).toMatch(message)
  }
  expect((await org.call('admin', 'people.list', {})).total).toBe(0)
}

function manyRows(count: number): string[][] {
  const rows = [HEADINGS]
  for (let i = 0; i < count; i++) rows.push([`Person${i}`, `Family${i}`])
  return rows
}

describe('importing a file over the limits', () => {
  afterEach(() => {
    org = undefined as unknown as TestOrg
  })

  it(
    'refuses 200,000 rows of XLSX (1.6 MB) as soon as row 50,001 is read',
    async () => {
      const bytes = xlsxFile(manyRows(200_000))
      expect(bytes.length).toBeLessThan(3_000_000)
      await expectRefused(
        'people.xlsx',
        bytes,
        'IMPORT.TOO_BIG',
        'people.xlsx has more than 50,000 rows; import at most 50,000 at a time.',
      )
    },
    // A hang guard: the old reader took over 2 minutes (and 476 MB) on this file.
    60_000,
  )

  it('refuses 60,000 rows of CSV', async () => {
    const csv = manyRows(60_000)
      .map((r) => r.join(','))
      .join('\r\n')
    await expectRefused(
      'people.csv',
      Buffer.from(csv),
      'IMPORT.TOO_BIG',
      'people.csv has more than 50,000 rows; import at most 50,000 at a time.',
    )
  })

  it('refuses 100,000 columns, in XLSX or CSV', async () => {
    const wide = Array.from({ length: 100_000 }, (_, i) => `c${i}`)
    const message =
      /^people\.(xlsx|csv) has more than 1,000 columns; import files with at most 1,000\.$/
    await expectRefused('people.xlsx', xlsxFile([wide, wide]), 'IMPORT.TOO_BIG', message)
    await expectRefused(
      'people.csv',
      Buffer.from(`${wide.join(',')}\n${wide.join(',')}`),
      'IMPORT.TOO_BIG',
      message,
    )
  })

  it('refuses a 10 MB cell, in XLSX (even before the XML parser has seen its end) or CSV', async () => {
    // Letters that do not repeat, so the XLSX is not refused first for packing too well.
    const random = new SeededRandom(7)
    const huge = Array.from({ length: 10_000_000 }, () =>
      String.fromCharCode(random.int(97, 122)),
    ).join('')
    const message =
      /^people\.(xlsx|csv) has more than 32,767 characters in one cell; a cell can hold at most 32,767\.$/
    await expectRefused(
      'people.xlsx',
      xlsxFile([HEADINGS, ['Ann', huge]]),
      'IMPORT.TOO_BIG',
      message,
    )
    await expectRefused(
      'people.csv',
      Buffer.from(`First name,Surname\nAnn,${huge}\n`),
      'IMPORT.TOO_BIG',
      message,
    )
  })

  it('refuses one long shared text repeated in every cell (a small file, a lot of text)', async () => {
    const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>First name</t></si><si><t>${'y'.repeat(30_000)}</t></si></sst>`
    const rows = Array.from(
      { length: 600 },
      (_, i) =>
        `<row r="${i + 2}"><c r="A${i + 2}" t="s"><v>1</v></c><c r="B${i + 2}" t="s"><v>1</v></c></row>`,
    ).join('')
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${rows}${SHEET_TAIL}`
    await expectRefused(
      'people.xlsx',
      xlsxFile({ data: Buffer.from(sheet) }, { sharedStrings }),
      'IMPORT.TOO_BIG',
      'people.xlsx holds more than 16,000,000 characters of text; split it into smaller files.',
    )
  })

  it('refuses more cells than it will hold, even when rows and columns are each within limits', async () => {
    const row = Array.from({ length: 60 }, () => 'x').join(',')
    const csv = Array.from({ length: 45_000 }, () => row).join('\n')
    await expectRefused(
      'people.csv',
      Buffer.from(csv),
      'IMPORT.TOO_BIG',
      'people.csv has more than 2,500,000 cells; split it into files with fewer rows.',
    )
  })

  it('refuses a file over 15 MB before reading it', async () => {
    await expect(
      readSpreadsheet('people.csv', Buffer.alloc(15_000_001, 0x41)),
    ).rejects.toMatchObject({
      code: 'IMPORT.TOO_BIG',
      message: 'people.csv is larger than 15 MB; split it into smaller files.',
    })
  })
})

describe('zip bombs', () => {
  afterEach(() => {
    org = undefined as unknown as TestOrg
  })

  const unit = rowXml(2, ['Ann', 'Bloggs'])

  it('refuses a sheet that says it unpacks to 300 times its packed size, before unpacking it', async () => {
    const bomb = deflateBomb(SHEET_HEAD + rowXml(1, HEADINGS), unit, 150_000_000, SHEET_TAIL)
    await expectRefused(
      'people.xlsx',
      xlsxFile({ deflated: bomb }),
      'IMPORT.TOO_BIG',
      'people.xlsx unpacks to more than 100 times its size, which no real workbook does; save it again from Excel, or export it as CSV.',
    )
  })

  it('refuses a sheet that says it unpacks to 3 GB, before unpacking it', async () => {
    const bomb = deflateBomb(SHEET_HEAD + rowXml(1, HEADINGS), unit, 3_000_000_000, SHEET_TAIL)
    expect(bomb.bytes.length).toBeLessThan(15_000_000)
    await expectRefused(
      'people.xlsx',
      xlsxFile({ deflated: bomb }),
      'IMPORT.TOO_BIG',
      'people.xlsx unpacks to more than 200 MB; split it into smaller files.',
    )
  })

  it('stops a sheet that unpacks to far more than it says, at what it says', async () => {
    const bomb = deflateBomb(SHEET_HEAD + rowXml(1, HEADINGS), '<row/>', 2_000_000_000, SHEET_TAIL)
    await expectRefused(
      'people.xlsx',
      xlsxFile({ deflated: bomb, declaredSize: 10_000 }),
      'IMPORT.UNREADABLE',
      'people.xlsx could not be read as a spreadsheet: its part xl/worksheets/sheet1.xml is damaged.',
    )
  })

  it('stops a sheet whose declared size is plausible once it unpacks 100 times what it has read', async () => {
    // Declared 199 MB for 3 MB packed (66 to 1, allowed); really 2 GB of empty rows (670 to 1).
    const bomb = deflateBomb(SHEET_HEAD + rowXml(1, HEADINGS), '<row/>', 2_000_000_000, SHEET_TAIL)
    await expectRefused(
      'people.xlsx',
      xlsxFile({ deflated: bomb, declaredSize: 199_000_000 }),
      'IMPORT.TOO_BIG',
      /unpacks to more than 100 times its size/,
    )
  })

  it('counts what is really unpacked across parts, whatever the sizes say', async () => {
    // Each part tells the truth about itself, but together they pass the limit.
    const limits = { maxInflatedBytes: 1_000_000 }
    const rows = sheetXml(manyRows(20_000))
    expect(rows.length).toBeGreaterThan(limits.maxInflatedBytes)
    const bytes = xlsxFile(manyRows(20_000))
    const { PEOPLE_IMPORT_LIMITS } = await import('../../src/main/imports/file-limits')
    await expect(
      readSpreadsheet('people.xlsx', bytes, { ...PEOPLE_IMPORT_LIMITS, ...limits }),
    ).rejects.toMatchObject({ code: 'IMPORT.TOO_BIG', details: { limit: 'maxInflatedBytes' } })
  })

  it('refuses a zip of 100,000 entries from its directory', async () => {
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      name: `x/${i}.xml`,
      stored: true,
    }))
    await expectRefused(
      'people.xlsx',
      zipFile([...workbookParts(), ...entries]),
      'IMPORT.TOO_BIG',
      'people.xlsx holds more than 10,000 parts inside it; a workbook to import can have at most 10,000.',
    )
  })

  it('refuses a billion laughs (entities defined in a DTD are never expanded)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>`
    await expectRefused(
      'people.xlsx',
      xlsxFile({ data: Buffer.from(laughs) }),
      'IMPORT.UNREADABLE',
      'people.xlsx could not be read as a spreadsheet: its part xl/worksheets/sheet1.xml is not well-formed XML (is it damaged?).',
    )
  })
})

describe('files that are not what they say', () => {
  afterEach(() => {
    org = undefined as unknown as TestOrg
  })

  it('a truncated XLSX, a CSV named .xlsx, an XLSX named .csv, an old .xls', async () => {
    const good = xlsxFile(manyRows(50))
    await expectRefused(
      'people.xlsx',
      good.subarray(0, Math.floor(good.length * 0.7)),
      'IMPORT.UNREADABLE',
      /^people\.xlsx could not be read as a spreadsheet: /,
    )
    await expectRefused(
      'people.xlsx',
      Buffer.from('First name,Surname\nAnn,Bloggs\n'),
      'IMPORT.UNREADABLE',
      'people.xlsx could not be read as a spreadsheet: it is not a valid XLSX workbook (is it damaged, or a CSV file named .xlsx?).',
    )
    await expectRefused(
      'people.csv',
      good,
      'IMPORT.UNREADABLE',
      'people.csv could not be read as a spreadsheet: it is a zipped file (an XLSX workbook named .csv?), not text.',
    )
    const xls = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)])
    await expectRefused('people.xlsx', xls, 'IMPORT.UNREADABLE', /older Excel \.xls workbook/)
  })
})
