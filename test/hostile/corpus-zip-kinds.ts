import ExcelJS from 'exceljs'
import type { SeededRandom } from '../../bench/lib/random'
import {
  escapeXml,
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetXml,
  workbookParts,
  xlsxFile,
} from '../helpers/xlsx-writer'
import { deflateBomb, zipFile } from '../helpers/zip-writer'
import type { CorpusKind } from './corpus'
import { csvText, HEADINGS, mutate, peopleRows, withStrangeCharacters } from './corpus-people'
import { fuzzedWorkbook, fuzzedZip } from './corpus-xml-fuzz'

/** XLSX files: real and hand-written workbooks, fuzzed XML and zips, zip bombs, sheer size. */

/** A real workbook as Excel would write it (exceljs): shared strings, styles, date cells. */
async function exceljsWorkbook(random: SeededRandom, rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  if (random.next() < 0.2) wb.properties.date1904 = true
  const ws = wb.addWorksheet(random.pick(['People', 'Sheet1', 'Référence – 2026']))
  for (const row of rows) {
    ws.addRow(
      row.map((cell) => {
        if (/^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`)
        if (/^\d{10}$/.test(cell)) return Number(cell)
        if (cell && random.next() < 0.1)
          return {
            richText: [{ text: cell.slice(0, 1), font: { bold: true } }, { text: cell.slice(1) }],
          }
        return cell
      }),
    )
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}

const BOMB_HEAD = SHEET_HEAD + rowXml(1, HEADINGS)

export const ZIP_KINDS: readonly CorpusKind[] = [
  {
    name: 'people-xlsx-exceljs',
    weight: 4,
    expect: ['ok'],
    async make(random) {
      return {
        name: 'people.xlsx',
        bytes: await exceljsWorkbook(random, peopleRows(random, random.int(1, 150))),
      }
    },
  },
  {
    name: 'people-xlsx-inline',
    weight: 3,
    expect: ['ok'],
    make: (random) => ({
      name: 'people.xlsx',
      bytes: xlsxFile(peopleRows(random, random.int(1, 150))),
    }),
  },
  {
    name: 'control-and-bidi-characters-xlsx',
    weight: 3,
    make(random) {
      const anyC0 = random.next() < 0.2
      const rows = peopleRows(random, random.int(1, 40)).map((row, r) =>
        r === 0
          ? row
          : row.map((cell) =>
              // One file in five also has C0 controls, which make the XML not well-formed.
              random.next() < 0.3 ? withStrangeCharacters(random, cell, !anyC0) : cell,
            ),
      )
      return { name: 'people.xlsx', bytes: xlsxFile(rows) }
    },
  },
  {
    name: 'xml-fuzz',
    weight: 6,
    make: (random) => ({ name: 'people.xlsx', bytes: fuzzedWorkbook(random) }),
  },
  {
    name: 'zip-fuzz',
    weight: 3,
    make: (random) => ({ name: 'people.xlsx', bytes: fuzzedZip(random) }),
  },
  {
    name: 'mutated-xlsx',
    weight: 4,
    async make(random) {
      const rows = peopleRows(random, random.int(1, 60))
      const good = random.next() < 0.5 ? xlsxFile(rows) : await exceljsWorkbook(random, rows)
      return { name: 'people.xlsx', bytes: mutate(random, good) }
    },
  },
  {
    name: 'truncated-xlsx',
    weight: 2,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const good = xlsxFile(peopleRows(random, random.int(1, 60)))
      return { name: 'people.xlsx', bytes: good.subarray(0, random.int(0, good.length - 1)) }
    },
  },
  {
    name: 'wrong-extension',
    weight: 2,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const rows = peopleRows(random, random.int(1, 20))
      switch (random.int(0, 3)) {
        case 0:
          return { name: 'people.csv', bytes: xlsxFile(rows) }
        case 1:
          return { name: 'people.xlsx', bytes: Buffer.from(csvText(rows)) }
        case 2:
          return {
            name: 'people.xlsx',
            bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]),
          }
        default:
          return {
            name: random.pick(['people.pdf', 'people.xlsx.exe', 'people', 'people.xls']),
            bytes: xlsxFile(rows),
          }
      }
    },
  },
  {
    name: 'billion-laughs',
    weight: 1,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const entities = Array.from({ length: 10 }, (_, i) =>
        i === 0 ? '<!ENTITY l0 "lol">' : `<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`,
      ).join('')
      const doctype = `<?xml version="1.0"?><!DOCTYPE x [${entities}]>`
      if (random.next() < 0.5) {
        const sheet = `${doctype}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l9;</t></is></c></row></sheetData></worksheet>`
        return { name: 'people.xlsx', bytes: xlsxFile({ data: Buffer.from(sheet) }) }
      }
      const sharedStrings = `${doctype}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&l9;</t></si></sst>`
      return { name: 'people.xlsx', bytes: xlsxFile(peopleRows(random, 3), { sharedStrings }) }
    },
  },
  {
    name: 'columns-100k-xlsx',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make() {
      const wide = Array.from({ length: 100_000 }, (_, i) => `Column ${i}`)
      return { name: 'people.xlsx', bytes: xlsxFile([wide, wide]) }
    },
  },
  {
    name: 'huge-cell-xlsx',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make(random) {
      const huge = random.pick(['x', 'é', '&amp;']).repeat(random.pick([40_000, 2_000_000]))
      if (random.next() < 0.5) {
        const sheet = `${SHEET_HEAD}${rowXml(1, HEADINGS)}<row r="2"><c r="A2" t="inlineStr"><is><t>${huge}</t></is></c></row>${SHEET_TAIL}`
        return { name: 'people.xlsx', bytes: xlsxFile({ data: Buffer.from(sheet) }) }
      }
      const sharedStrings = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${huge}</t></si></sst>`
      const sheet = `${SHEET_HEAD}${rowXml(1, HEADINGS)}<row r="2"><c r="A2" t="s"><v>0</v></c></row>${SHEET_TAIL}`
      return {
        name: 'people.xlsx',
        bytes: xlsxFile({ data: Buffer.from(sheet) }, { sharedStrings }),
      }
    },
  },
  {
    name: 'rows-60k-xlsx',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make: (random) => ({ name: 'people.xlsx', bytes: xlsxFile(peopleRows(random, 60_000)) }),
  },
  {
    name: 'bomb-declared-gigabytes',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make(random) {
      const size = random.pick([1_000_000_000, 3_000_000_000, 4_200_000_000])
      const bomb = deflateBomb(BOMB_HEAD, rowXml(2, ['Ann', 'Bloggs']), size, SHEET_TAIL)
      return { name: 'people.xlsx', bytes: xlsxFile({ deflated: bomb }) }
    },
  },
  {
    name: 'bomb-lying-sizes',
    weight: 1,
    expect: ['IMPORT.UNREADABLE', 'IMPORT.TOO_BIG'],
    make(random) {
      const bomb = deflateBomb(
        BOMB_HEAD,
        random.pick(['<row/>', ' ', rowXml(2, ['Ann', 'Bloggs'])]),
        2_000_000_000,
        SHEET_TAIL,
      )
      const declaredSize = random.pick([1_000, 150_000_000, 199_000_000])
      return { name: 'people.xlsx', bytes: xlsxFile({ deflated: bomb, declaredSize }) }
    },
  },
  {
    name: 'shared-strings-bomb',
    weight: 1,
    expect: ['IMPORT.TOO_BIG', 'IMPORT.UNREADABLE'],
    make(random) {
      const head = '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
      const bomb = deflateBomb(
        head,
        random.pick(['<si><t>x</t></si>', '<si><t>Ann Bloggs</t></si>']),
        1_000_000_000,
        '</sst>',
      )
      const parts = workbookParts({ sharedStrings: '' }).filter(
        (p) => p.name !== 'xl/sharedStrings.xml',
      )
      return {
        name: 'people.xlsx',
        bytes: zipFile([
          ...parts,
          {
            name: 'xl/sharedStrings.xml',
            deflated: bomb,
            declaredSize: random.pick([100_000_000, 2_000]),
          },
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(peopleRows(random, 3))) },
        ]),
      }
    },
  },
  {
    name: 'zip-100k-entries',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make(random) {
      const filler = Array.from({ length: 100_000 }, (_, i) => ({
        name: `xl/media/image${i}.xml`,
        stored: true,
      }))
      return {
        name: 'people.xlsx',
        bytes: zipFile([
          ...workbookParts(),
          ...filler,
          { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheetXml(peopleRows(random, 3))) },
        ]),
      }
    },
  },
  {
    name: 'empty-rows-flood',
    weight: 1,
    expect: ['IMPORT.EMPTY', 'IMPORT.TOO_BIG'],
    make(random) {
      const unit = random.pick([
        '<row/>',
        '<row r="7" spans="1:3" ht="20" customHeight="1"/>',
        '<row><c s="1"/><c/></row>',
      ])
      const bomb = deflateBomb(
        SHEET_HEAD,
        unit,
        random.pick([20_000_000, 150_000_000]),
        SHEET_TAIL,
        true,
      )
      return { name: 'people.xlsx', bytes: xlsxFile({ deflated: bomb }) }
    },
  },
  {
    name: 'deep-nesting',
    weight: 1,
    make(random) {
      const depth = random.pick([10_000, 200_000])
      const open = `<x a="${escapeXml('<')}">`.repeat(depth)
      const sheet = `${SHEET_HEAD}${rowXml(1, HEADINGS)}${open}${rowXml(2, ['Ann', 'Bloggs'])}${'</x>'.repeat(depth)}${SHEET_TAIL}`
      return { name: 'people.xlsx', bytes: xlsxFile({ data: Buffer.from(sheet) }) }
    },
  },
]
