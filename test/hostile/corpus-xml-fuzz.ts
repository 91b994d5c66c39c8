import type { SeededRandom } from '../../bench/lib/random'
import {
  rowXml,
  SHEET_HEAD,
  SHEET_TAIL,
  sheetXml,
  workbookParts,
  xlsxFile,
} from '../helpers/xlsx-writer'
import { type ZipEntryInput, zipFile } from '../helpers/zip-writer'
import { HEADINGS, peopleRows } from './corpus-people'

/**
 * Workbooks whose XML and zip structure are strange in the ways writers and attackers get wrong:
 * odd cell references, types and values, styles pointing nowhere, entities out of range, tags left
 * open, parts missing or pointing outside the package, compression and encryption flags, CRCs.
 */

const REFS = [
  '',
  'A',
  '1',
  'A0',
  'a1',
  '!1',
  'XFD1048576',
  'ZZZZZZZZZZZZ1',
  'A'.repeat(40) + '1',
  'B2',
  'A1',
]
const TYPES = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd', 'zzz', '']
const VALUES = [
  '',
  'NaN',
  '-0',
  '1e309',
  '1e-320',
  '99999999999999999999',
  'abc',
  '-1',
  '2958466',
  '2958465.999999',
  '60',
  '1.5',
  '26000',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#1114112;',
  '&#x1F600;',
  '&bogus;',
  '2026-02-30T10:00:00',
  '<![CDATA[<b>1</b>]]>',
]
const STYLES = ['0', '1', '2', '-1', '999999', 'x', '1e9']

function attribute(random: SeededRandom, name: string, values: readonly string[]): string {
  return random.next() < 0.2 ? '' : ` ${name}="${random.pick(values)}"`
}

function fuzzCell(random: SeededRandom): string {
  const attrs =
    attribute(random, 'r', REFS) + attribute(random, 't', TYPES) + attribute(random, 's', STYLES)
  switch (random.int(0, 5)) {
    case 0:
      return `<c${attrs}/>`
    case 1:
      return `<c${attrs}><is><r><t>${random.pick(VALUES)}</t></r><rPh><t>ruby</t></rPh><t xml:space="preserve"> x </t></is></c>`
    case 2:
      return `<c${attrs}><f>SUM(A1:A2)</f><v>${random.pick(VALUES)}</v></c>`
    case 3:
      return `<c${attrs}><v>${random.pick(VALUES)}</v><v>${random.pick(VALUES)}</v></c>`
    case 4:
      return `<c${attrs}><v>${random.pick(VALUES)}`
    default:
      return `<c${attrs}><v>${random.pick(VALUES)}</v></c>`
  }
}

function fuzzPiece(random: SeededRandom, rowNumber: number): string {
  switch (random.int(0, 9)) {
    case 0:
      return `<row r="${random.pick(['', '0', '-5', String(rowNumber), '1048577', 'x'])}">${fuzzCell(random)}</row>`
    case 1:
      return '</row>'
    case 2:
      return `<!-- ${random.pick(['comment', '<row>', '--'])} -->`
    case 3:
      return '<?pi data?>'
    case 4:
      return 'loose text outside a cell'
    case 5:
      return `<row><c r="A${rowNumber}" r="B${rowNumber}"><v>1</v></c></row>`
    default: {
      const cells = Array.from({ length: random.int(1, 6) }, () => fuzzCell(random)).join('')
      return `<row r="${rowNumber}">${cells}</row>`
    }
  }
}

function fuzzStyles(random: SeededRandom): string {
  const formats = [
    'dd/mm/yyyy',
    '"d"0',
    '[Red]0.00',
    'General',
    'h:mm',
    '[$-409]mmmm d, yyyy',
    '\\d0',
    '',
  ]
  const numFmts = Array.from(
    { length: random.int(0, 4) },
    (_, i) =>
      `<numFmt numFmtId="${164 + i}" formatCode="${random.pick(formats).replace(/"/g, '&quot;')}"/>`,
  ).join('')
  const xfs = Array.from(
    { length: random.int(0, 5) },
    () => `<xf numFmtId="${random.pick(['0', '14', '22', '164', '165', '-3', 'x', '47'])}"/>`,
  ).join('')
  return `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts>${numFmts}</numFmts><cellXfs>${xfs}</cellXfs></styleSheet>`
}

function fuzzSharedStrings(random: SeededRandom): string {
  const items = Array.from({ length: random.int(0, 8) }, () =>
    random.pick([
      '<si><t>Ann</t></si>',
      '<si><r><t>O’</t></r><r><t>Connor</t></r></si>',
      '<si/>',
      '<si><t>',
      '<t>stray</t>',
    ]),
  ).join('')
  return `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items}</sst>`
}

/** A workbook whose sheet (and sometimes shared strings and styles) are fuzzed XML. */
export function fuzzedWorkbook(random: SeededRandom): Buffer {
  const pieces = [rowXml(1, HEADINGS)]
  for (let r = 2; r < random.int(3, 60); r++) pieces.push(fuzzPiece(random, r))
  const close = random.next() < 0.9 ? SHEET_TAIL : ''
  const sheet = SHEET_HEAD + pieces.join('') + close
  return xlsxFile(
    { data: Buffer.from(sheet) },
    {
      styles: random.next() < 0.6 ? fuzzStyles(random) : undefined,
      sharedStrings: random.next() < 0.6 ? fuzzSharedStrings(random) : undefined,
      date1904: random.next() < 0.3,
    },
  )
}

/** A workbook whose zip is strange: every variant is something a real file has done. */
export function fuzzedZip(random: SeededRandom): Buffer {
  const sheet = Buffer.from(sheetXml(peopleRows(random, random.int(1, 20))))
  const parts = workbookParts()
  const sheetEntry = (extra: Partial<ZipEntryInput> = {}): ZipEntryInput => ({
    name: 'xl/worksheets/sheet1.xml',
    data: sheet,
    ...extra,
  })
  const withParts = (entries: ZipEntryInput[]) => zipFile(entries)
  const replaceRels = (target: string) =>
    parts.map((p) =>
      p.name === 'xl/_rels/workbook.xml.rels'
        ? { ...p, data: Buffer.from(p.data!.toString().replace('worksheets/sheet1.xml', target)) }
        : p,
    )
  switch (random.int(0, 11)) {
    case 0:
      return withParts([...parts, sheetEntry({ declaredMethod: random.pick([12, 14, 99, 9]) })])
    case 1:
      return withParts([...parts, sheetEntry({ flags: 0x0801 })])
    case 2:
      return withParts([...parts, sheetEntry({ declaredCrc: random.int(0, 0xffffffff) })])
    case 3:
      return withParts([
        ...parts,
        sheetEntry(),
        sheetEntry({ data: Buffer.from(sheetXml([['Other']])) }),
      ])
    case 4:
      return withParts(
        parts
          .filter(
            (p) =>
              p.name !==
              random.pick(['xl/workbook.xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels']),
          )
          .concat(sheetEntry()),
      )
    case 5:
      return withParts([
        ...replaceRels(
          random.pick([
            '../../../etc/passwd',
            '/xl/worksheets/sheet1.xml',
            'missing.xml',
            '',
            'C:\\x.xml',
          ]),
        ),
        sheetEntry(),
      ])
    case 6:
      return withParts([
        ...parts,
        sheetEntry({
          name: random.pick([
            '../x.xml',
            'xl\\worksheets\\sheet1.xml',
            'a\u0000b.xml',
            'x'.repeat(60_000),
          ]),
        }),
        sheetEntry(),
      ])
    case 7:
      return withParts([
        ...parts,
        sheetEntry({ stored: true, declaredSize: sheet.length + random.pick([-1, 1, 1000]) }),
      ])
    case 8:
      return zipFile([])
    case 9: {
      const good = withParts([...parts, sheetEntry()])
      // The end record's directory offset pointing elsewhere.
      good.writeUInt32LE(random.int(0, good.length * 2), good.length - 6)
      return good
    }
    case 10: {
      const good = withParts([...parts, sheetEntry()])
      return Buffer.concat([
        good,
        Buffer.from('PK\u0005\u0006 trailing garbage that looks like an end record'),
      ])
    }
    default:
      return withParts([
        ...parts,
        {
          name: 'xl/worksheets/sheet1.xml',
          data: Buffer.from(SHEET_HEAD + rowXml(1, HEADINGS) + SHEET_TAIL, 'utf16le'),
        },
      ])
  }
}
