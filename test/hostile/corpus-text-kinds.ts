import type { SeededRandom } from '../../bench/lib/random'
import type { CorpusKind } from './corpus'
import {
  csvText,
  HEADINGS,
  mutate,
  peopleRows,
  randomBytes,
  utf16,
  windows1252,
  withStrangeCharacters,
} from './corpus-people'

/** Text files (CSV, "Unicode text"): encodings, broken quoting, binary data, sheer size. */

function peopleCsv(random: SeededRandom, rows = random.int(1, 150)): string {
  const delimiter = random.pick([',', ',', ';', '\t'])
  const newline = random.pick(['\r\n', '\n', '\r'])
  return csvText(peopleRows(random, rows), delimiter, newline)
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])

export const TEXT_KINDS: readonly CorpusKind[] = [
  {
    name: 'people-csv-utf8',
    weight: 6,
    expect: ['ok'],
    make(random) {
      const text = Buffer.from(peopleCsv(random))
      return {
        name: 'people.csv',
        bytes: random.next() < 0.5 ? Buffer.concat([UTF8_BOM, text]) : text,
      }
    },
  },
  {
    name: 'people-csv-cp1252',
    weight: 3,
    expect: ['ok'],
    make: (random) => ({ name: 'people.csv', bytes: windows1252(peopleCsv(random)) }),
  },
  {
    name: 'people-utf16-with-bom',
    weight: 3,
    expect: ['ok'],
    make(random) {
      const text = csvText(peopleRows(random, random.int(1, 100)), '\t')
      return {
        name: random.pick(['people.txt', 'people.csv']),
        bytes: utf16(text, random.pick(['le', 'be'] as const), true),
      }
    },
  },
  {
    name: 'utf16-without-bom',
    weight: 2,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const text = csvText(peopleRows(random, random.int(1, 50)), '\t')
      return { name: 'people.csv', bytes: utf16(text, random.pick(['le', 'be'] as const), false) }
    },
  },
  {
    name: 'nul-bytes',
    weight: 2,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const text = Buffer.from(peopleCsv(random, random.int(1, 30)))
      const at = random.int(0, text.length - 1)
      return {
        name: 'people.csv',
        bytes: Buffer.concat([
          text.subarray(0, at),
          Buffer.alloc(random.int(1, 4)),
          text.subarray(at),
        ]),
      }
    },
  },
  {
    name: 'control-and-bidi-characters-csv',
    weight: 4,
    make(random) {
      const rows = peopleRows(random, random.int(1, 40)).map((row, r) =>
        r === 0
          ? row
          : row.map((cell) => (random.next() < 0.3 ? withStrangeCharacters(random, cell) : cell)),
      )
      return { name: 'people.csv', bytes: Buffer.from(csvText(rows)) }
    },
  },
  {
    name: 'random-bytes',
    weight: 4,
    make(random) {
      return {
        name: random.pick(['people.csv', 'people.xlsx', 'people.txt']),
        bytes: randomBytes(random, random.int(0, 65_536)),
      }
    },
  },
  {
    name: 'unclosed-quote',
    weight: 2,
    expect: ['IMPORT.UNREADABLE'],
    make(random) {
      const lines = csvText(peopleRows(random, random.int(2, 60))).split('\r\n')
      const at = random.int(1, lines.length - 2)
      lines[at] = `"${lines[at]}`
      return { name: 'people.csv', bytes: Buffer.from(lines.join('\r\n')) }
    },
  },
  {
    name: 'mutated-csv',
    weight: 4,
    make: (random) => ({
      name: 'people.csv',
      bytes: mutate(random, Buffer.from(peopleCsv(random))),
    }),
  },
  {
    name: 'empty-or-blank',
    weight: 1,
    expect: ['IMPORT.EMPTY', 'IMPORT.UNREADABLE'],
    make(random) {
      const blank = random.pick(['', '\r\n\r\n', ' , ,\n,,\n', '\uFEFF', HEADINGS.join(',')])
      return { name: random.pick(['people.csv', 'people.xlsx']), bytes: Buffer.from(blank) }
    },
  },
  {
    name: 'columns-100k-csv',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make() {
      const wide = Array.from({ length: 100_000 }, (_, i) => `Column heading ${i}`).join(',')
      return { name: 'people.csv', bytes: Buffer.from(`${wide}\n${wide}\n`) }
    },
  },
  {
    name: 'huge-cell-csv',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make(random) {
      // Just over a cell's limit, or 10 MB of UTF-8 in one cell.
      const char = random.pick(['x', 'é', '€'])
      const length = random.pick([40_000, Math.floor(10_000_000 / Buffer.byteLength(char))])
      const huge = char.repeat(length)
      return { name: 'people.csv', bytes: Buffer.from(`First name,Surname\nAnn,"${huge}"\n`) }
    },
  },
  {
    name: 'rows-60k-csv',
    weight: 1,
    expect: ['IMPORT.TOO_BIG'],
    make(random) {
      return { name: 'people.csv', bytes: Buffer.from(csvText(peopleRows(random, 60_000))) }
    },
  },
  {
    name: 'file-50mb',
    weight: 1,
    // The contract refuses an upload over 20,000,000 base64 characters (15 MB) before any reader.
    expect: ['INPUT.INVALID'],
    make(random) {
      const block = Buffer.from(csvText(peopleRows(random, 2_000)))
      const copies = Math.ceil(50_000_000 / block.length)
      return {
        name: 'people.csv',
        bytes: Buffer.concat(Array.from({ length: copies }, () => block)),
      }
    },
  },
]
