import ExcelJS from 'exceljs'
import Papa from 'papaparse'
import { AppFailure } from '../../shared/result'

export interface Sheet {
  readonly sheetName: string | null
  readonly headings: string[]
  /** Data rows (after the heading row), as text, one entry per heading. */
  readonly rows: string[][]
}

export const MAX_IMPORT_ROWS = 50_000

/** Decodes CSV bytes: UTF-8 (with or without BOM), else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

function isoFromDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return isoFromDate(value)
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('')
    if ('text' in value && typeof value.text === 'string') return value.text
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue)
    if ('error' in value) return ''
  }
  return String(value)
}

function unreadable(name: string, why: string): AppFailure {
  return new AppFailure(
    'IMPORT.UNREADABLE',
    `${name} could not be read as a spreadsheet: ${why}.`,
    { file: name },
  )
}

function finish(name: string, sheetName: string | null, table: string[][]): Sheet {
  const nonEmpty = table.filter((row) => row.some((cell) => cell.trim() !== ''))
  const [headingRow, ...rows] = nonEmpty
  if (!headingRow || rows.length === 0) {
    throw new AppFailure('IMPORT.EMPTY', `${name} has no rows of people under a heading row.`, {
      file: name,
    })
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new AppFailure(
      'IMPORT.UNREADABLE',
      `${name} has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`,
    )
  }
  const headings = headingRow.map((h, i) => h.trim() || `Column ${i + 1}`)
  const seen = new Map<string, number>()
  const unique = headings.map((h) => {
    const n = (seen.get(h) ?? 0) + 1
    seen.set(h, n)
    return n === 1 ? h : `${h} (${n})`
  })
  return {
    sheetName,
    headings: unique,
    rows: rows.map((r) => unique.map((_, i) => (r[i] ?? '').trim())),
  }
}

/** Reads the first sheet of an XLSX, or a CSV, into text cells. Refuses broken files with a clear message. */
export async function readSpreadsheet(name: string, bytes: Buffer): Promise<Sheet> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx')) {
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    } catch {
      throw unreadable(name, 'it is not a valid XLSX workbook (is it damaged, or an older .xls?)')
    }
    const sheet = workbook.worksheets[0]
    if (!sheet) throw new AppFailure('IMPORT.EMPTY', `${name} has no worksheets.`)
    const table: string[][] = []
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: string[] = []
      for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value))
      table.push(values)
    })
    return finish(name, sheet.name, table)
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (bytes.includes(0)) throw unreadable(name, 'it contains binary data, not text')
    const parsed = Papa.parse<string[]>(decodeText(bytes), { skipEmptyLines: 'greedy' })
    const fatal = parsed.errors.find((e) => e.type === 'Quotes')
    if (fatal) throw unreadable(name, `row ${(fatal.row ?? 0) + 1} has an unclosed quote`)
    return finish(name, null, parsed.data)
  }
  throw unreadable(name, 'only .csv and .xlsx files can be imported')
}
