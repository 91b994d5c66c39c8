import iconv from 'iconv-lite'
import type { SeededRandom } from '../../bench/lib/random'

/**
 * Plausible people rows for the hostile corpus: the raw material that the corpus then encodes,
 * mangles, or buries in a zip bomb. About one row in ten has a problem a preview should report.
 */

export const HEADINGS = [
  'First name',
  'Surname',
  'Date of birth',
  'NHS number',
  'Postcode',
  'Address line 1',
  'Communication needs',
]

/** Names that survive Windows-1252 (so the cp1252 files can hold them). */
const GIVEN = ['Ann', 'Bilal', 'Chen', 'Siân', 'Zoë', 'Seán', 'Mary-Jane', 'Dónal', 'Jo', 'Renée']
const FAMILY = [
  'Bloggs',
  'O’Connor',
  'Khan',
  'Wei',
  'Mensah',
  'D’Arcy',
  'Smith-Jones',
  'Ní Bhriain',
]
const ADDRESS = [
  '“Flat 2” – Ash Court',
  '14 Mill Lane',
  'Rose Cottage, Back Lane',
  '7 Queen’s Road',
]
const NEEDS = ['Rent €5 or £4 a week', 'Prefers letters', 'BSL – needs an interpreter', '']
const POSTCODES = ['HD1 2AB', 'HX1 1AA', 'hx3 5ax', 'WF13 4HU', 'ZZZ', '']
/** NHS numbers with valid check digits, and one without. */
const NHS = ['943 476 5919', '9434765870', '401 023 2137', '1234567890', '']

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function dateOfBirth(random: SeededRandom): string {
  const year = random.int(1925, 2008)
  const month = random.int(1, 12)
  const day = random.int(1, 28)
  switch (random.int(0, 4)) {
    case 0:
      return `${year}-${pad(month)}-${pad(day)}`
    case 1:
      return `${pad(day)}/${pad(month)}/${year}`
    case 2:
      return `31/02/${year}`
    case 3:
      return ''
    default:
      return `${day}.${month}.${year}`
  }
}

/** A heading row and `count` people; some with problems (a bad date, postcode or NHS number). */
export function peopleRows(random: SeededRandom, count: number): string[][] {
  const rows = [HEADINGS]
  for (let i = 0; i < count; i++) {
    rows.push([
      `${random.pick(GIVEN)}${random.next() < 0.5 ? '' : ` ${i}`}`,
      random.next() < 0.03 ? '' : random.pick(FAMILY),
      dateOfBirth(random),
      random.next() < 0.8 ? '' : random.pick(NHS),
      random.pick(POSTCODES),
      random.pick(ADDRESS),
      random.pick(NEEDS),
    ])
  }
  return rows
}

/** CSV text, quoting cells that need it, with the given delimiter and line ending. */
export function csvText(
  rows: readonly (readonly string[])[],
  delimiter = ',',
  newline = '\r\n',
): string {
  const quote = (cell: string) =>
    /["\r\n]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell
  return rows.map((row) => row.map(quote).join(delimiter)).join(newline) + newline
}

export function windows1252(text: string): Buffer {
  return iconv.encode(text, 'windows-1252')
}

export function utf16(text: string, endian: 'le' | 'be', withBom: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le')
  const body = endian === 'le' ? le : Buffer.from(le).swap16()
  const bom = Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff])
  return withBom ? Buffer.concat([bom, body]) : body
}

/** Control characters (C0 but NUL, DEL, C1), bidi overrides and isolates, zero-width characters. */
const STRANGE = [
  ...Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)),
  '\u007f',
  ...Array.from({ length: 32 }, (_, i) => String.fromCharCode(0x80 + i)),
  '\u202a',
  '\u202b',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200b',
  '\u200f',
  '\ufeff',
  '\ufffe',
]

/** The strange characters XML 1.0 allows in a document (C0 controls but tab and newlines, and U+FFFE, it does not). */
const STRANGE_IN_XML = STRANGE.filter((c) => /^[\t\n\r\u007f-\ufffd]$/u.test(c))

/**
 * `text` with a few strange characters put in at random places; `xmlOnly` keeps to those an XML
 * part can hold, so that a workbook with them is well-formed and reaches the importer's checks.
 */
export function withStrangeCharacters(random: SeededRandom, text: string, xmlOnly = false): string {
  let out = text
  for (let n = random.int(1, 3); n > 0; n--) {
    const at = random.int(0, out.length)
    out = out.slice(0, at) + random.pick(xmlOnly ? STRANGE_IN_XML : STRANGE) + out.slice(at)
  }
  return out
}

export function randomBytes(random: SeededRandom, length: number): Buffer {
  const bytes = Buffer.alloc(length)
  for (let i = 0; i < length; i++) bytes[i] = random.int(0, 255)
  return bytes
}

/** Flips, inserts, deletes or repeats a few bytes of `bytes` (a copy). */
export function mutate(random: SeededRandom, bytes: Buffer): Buffer {
  let out = Buffer.from(bytes)
  for (let n = random.int(1, 8); n > 0 && out.length > 0; n--) {
    const at = random.int(0, out.length - 1)
    switch (random.int(0, 3)) {
      case 0:
        out[at] = random.int(0, 255)
        break
      case 1:
        out = Buffer.concat([
          out.subarray(0, at),
          randomBytes(random, random.int(1, 16)),
          out.subarray(at),
        ])
        break
      case 2:
        out = Buffer.concat([
          out.subarray(0, at),
          out.subarray(Math.min(out.length, at + random.int(1, 64))),
        ])
        break
      default: {
        const slice = out.subarray(at, Math.min(out.length, at + random.int(1, 256)))
        out = Buffer.concat([out.subarray(0, at), slice, slice, out.subarray(at)])
      }
    }
  }
  return out
}
