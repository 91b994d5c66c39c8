import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { type FileLimits, PEOPLE_IMPORT_LIMITS } from '../../src/main/imports/file-limits'
import { readSpreadsheet } from '../../src/main/imports/spreadsheet-reader'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import { median, roundMs, roundRatio } from '../lib/stats'
import type { BenchSuite } from '../lib/suite'
import { repeat, type RepeatOptions } from '../lib/timing'

interface Settings extends RepeatOptions {
  readonly rows: readonly number[]
}

const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: { rows: [500, 2_000, 5_000], warmup: 1, rounds: 3 },
  full: { rows: [5_000, 20_000, 100_000], warmup: 1, rounds: 5 },
}

const HEADINGS = [
  'First name',
  'Surname',
  'Date of birth',
  'NHS number',
  'Postcode',
  'Address line 1',
  'Team notes',
]
const GIVEN = ['Ann', 'Bilal', 'Chen', 'Siân', 'Zoë', 'Grace', 'Dónal']
const FAMILY = ['Bloggs', 'O’Connor', 'Khan', 'Wei', 'Mensah', 'Smith-Jones']

/** One person per row, as a council's export would have them: text, a date cell, a number cell. */
function person(random: SeededRandom, i: number): (string | number | Date)[] {
  return [
    `${random.pick(GIVEN)} ${i}`,
    random.pick(FAMILY),
    new Date(Date.UTC(random.int(1930, 2005), random.int(0, 11), random.int(1, 28))),
    9_000_000_000 + random.int(0, 999_999_999),
    random.pick(['HD1 2AB', 'HX1 1AA', 'WF13 4HU']),
    `${random.int(1, 200)} Mill Lane`,
    random.next() < 0.5 ? '' : 'Prefers letters',
  ]
}

/** An XLSX as Excel writes one (shared strings, styles, real date cells), streamed by exceljs. */
async function xlsxOf(rows: number): Promise<Buffer> {
  const out = new PassThrough()
  const chunks: Buffer[] = []
  out.on('data', (chunk: Buffer) => chunks.push(chunk))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useSharedStrings: true,
    useStyles: true,
  })
  const ws = wb.addWorksheet('People')
  ws.addRow(HEADINGS).commit()
  const random = new SeededRandom(rows)
  for (let i = 0; i < rows; i++) ws.addRow(person(random, i)).commit()
  ws.commit()
  await wb.commit()
  return Buffer.concat(chunks)
}

function csvOf(rows: number): Buffer {
  const random = new SeededRandom(rows)
  const lines = [HEADINGS.join(',')]
  for (let i = 0; i < rows; i++) {
    const [given, family, born, nhs, postcode, address, notes] = person(random, i)
    lines.push(
      [
        given,
        family,
        (born as Date).toISOString().slice(0, 10),
        nhs,
        postcode,
        address,
        notes,
      ].join(','),
    )
  }
  return Buffer.from(lines.join('\r\n'))
}

const key = (rows: number) => `rows${rows}`

/**
 * Reading people spreadsheets (the importer's reader alone, no database): XLSX and CSV of growing
 * size, to show the time per row stays flat (the reader before this read XLSX in quadratic time).
 * The row limit is raised for the largest file; every other limit is the importer's own.
 */
export const importsSuite: BenchSuite = {
  name: 'imports',
  groups: ['imports'],
  description: 'reading XLSX and CSV files of people: time per row as files grow',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    const largest = Math.max(...settings.rows)
    const limits: FileLimits = {
      ...PEOPLE_IMPORT_LIMITS,
      maxRows: largest,
      maxCells: largest * HEADINGS.length,
      maxTextChars: largest * 200,
    }
    const files = new Map<number, { xlsx: Buffer; csv: Buffer }>()
    for (const rows of settings.rows) {
      context.log(`writing ${rows.toLocaleString('en-GB')} rows as XLSX (exceljs) and CSV`)
      files.set(rows, { xlsx: await xlsxOf(rows), csv: csvOf(rows) })
    }
    const recorder = await repeat(settings, async ({ recorder, index }) => {
      for (const rows of settings.rows) {
        const file = files.get(rows)!
        const sheet = await recorder.timeAsync(`xlsx.${key(rows)}`, () =>
          readSpreadsheet('people.xlsx', file.xlsx, limits),
        )
        if (sheet.rows.length !== rows)
          throw new Error(`Read ${sheet.rows.length} rows of ${rows}.`)
        await recorder.timeAsync(`csv.${key(rows)}`, () =>
          readSpreadsheet('people.csv', file.csv, limits),
        )
      }
      if (index >= 0) context.log(`round ${index + 1}/${settings.rounds} done`)
    })
    const result: Record<string, unknown> = {
      parameters: {
        rows: settings.rows,
        columns: HEADINGS.length,
        rounds: settings.rounds,
        warmupRounds: settings.warmup,
        xlsxWriter: 'exceljs WorkbookWriter, shared strings and styles',
      },
      fileBytes: Object.fromEntries(
        settings.rows.map((rows) => [
          key(rows),
          { xlsxBytes: files.get(rows)!.xlsx.length, csvBytes: files.get(rows)!.csv.length },
        ]),
      ),
    }
    const smallest = Math.min(...settings.rows)
    for (const format of ['xlsx', 'csv'] as const) {
      const perThousand = (rows: number) =>
        (median(recorder.samples(`${format}.${key(rows)}`)) / rows) * 1000
      result[format] = Object.fromEntries(
        settings.rows.map((rows) => [key(rows), recorder.summary()[`${format}.${key(rows)}`]]),
      )
      result[`${format}PerThousandRowsMs`] = Object.fromEntries(
        settings.rows.map((rows) => [key(rows), roundMs(perThousand(rows))]),
      )
      result[`${format}LargestOverSmallestPerRowRatio`] = roundRatio(
        perThousand(largest) / perThousand(smallest),
      )
    }
    return result
  },
}
