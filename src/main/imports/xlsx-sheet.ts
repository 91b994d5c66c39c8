import type { FileLimits } from './file-limits'
import type { SheetTable } from './sheet-table'
import { readXmlPart, type WorkbookParts } from './xlsx-workbook'
import type { ZipParts } from './zip-parts'

/** "AB12" → 27: the 0-based column of a cell reference, or null when it has no letters. */
export function columnOfRef(ref: string): number | null {
  let n = 0
  let i = 0
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20
    if (code < 0x61 || code > 0x7a) break
    // Past any real column: stop adding, it is refused as too many columns anyway.
    if (n < 1e9) n = n * 26 + (code - 0x60)
  }
  return i === 0 ? null : n - 1
}

/** Days since 1899-12-30 (or 1904-01-01) to an ISO date, or null outside years 1–9999. */
export function isoFromSerial(serial: number, date1904: boolean): string | null {
  const days = serial + (date1904 ? 1462 : 0) - 25569
  const date = new Date(Math.round(days * 86_400_000))
  const year = date.getUTCFullYear()
  if (Number.isNaN(year) || year < 1 || year > 9999) return null
  return date.toISOString().slice(0, 10)
}

/** A number cell as text: dates (by their style) as ISO, other numbers as JavaScript prints them. */
function numberText(raw: string, style: number, workbook: WorkbookParts): string {
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value)) return raw
  if (workbook.dateStyles.has(style))
    return isoFromSerial(value, workbook.date1904) ?? String(value)
  return String(value)
}

/**
 * A cell's text by its type: shared text, inline (rich) text, a formula's cached result, true or
 * false, a date; an error (#N/A, #DIV/0!) is empty.
 */
function cellText(type: string, raw: string, style: number, workbook: WorkbookParts): string {
  switch (type) {
    case 's':
      return workbook.sharedStrings[Number(raw)] ?? ''
    case 'inlineStr':
    case 'str':
      return raw
    case 'b':
      return raw.trim() === '1' || raw.trim() === 'true' ? 'true' : 'false'
    case 'e':
      return ''
    case 'd':
      return /^\d{4}-\d{2}-\d{2}/.test(raw) ? raw.slice(0, 10) : raw
    default:
      return numberText(raw, style, workbook)
  }
}

/**
 * Reads the first worksheet in one pass, cell by cell, into `table` (which checks the limits as
 * each cell arrives, so a sheet of 100,000 columns or a million rows stops at the first cell over).
 * A cell's value is `<v>` (numbers, shared-text indexes, formula results) or the `<t>` runs of an
 * inline string; formulas themselves (`<f>`) and phonetic guides (`<rPh>`) are not read.
 */
export async function readSheetRows(
  zip: ZipParts,
  file: string,
  limits: FileLimits,
  workbook: WorkbookParts,
  table: SheetTable,
): Promise<void> {
  let inCell = false
  let inValue = false
  let inInline = false
  let inText = false
  let phonetic = 0
  let column = -1
  let type = 'n'
  let style = 0
  let pieces: string[] = []
  let length = 0
  await readXmlPart(zip, file, workbook.sheetPart, limits, {
    open(name, a) {
      switch (name) {
        case 'row':
          column = -1
          break
        case 'c':
          inCell = true
          column = (a.r === undefined ? null : columnOfRef(a.r)) ?? column + 1
          type = a.t ?? 'n'
          style = Number(a.s ?? 0)
          pieces = []
          length = 0
          break
        case 'v':
          inValue = inCell
          break
        case 'is':
          inInline = inCell
          break
        case 'rPh':
          phonetic += 1
          break
        case 't':
          inText = inInline && phonetic === 0
          break
      }
    },
    text(text) {
      if (!inValue && !inText) return
      length += text.length
      table.checkCellLength(length)
      pieces.push(text)
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false
          break
        case 't':
          inText = false
          break
        case 'is':
          inInline = false
          break
        case 'rPh':
          phonetic -= 1
          break
        case 'c':
          if (inCell) table.cell(column, cellText(type, pieces.join(''), style, workbook))
          inCell = false
          break
        case 'row':
          table.endRow()
          break
      }
    },
  })
  // A sheet whose last row was never closed still ends that row.
  table.endRow()
}
