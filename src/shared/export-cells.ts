import { escapeUnprintable } from './unsafe-characters'

/** What an exporter may put in a cell. */
export type CellValue = string | number | boolean | null | undefined

/**
 * What a spreadsheet reads as the start of a formula when it opens a CSV (or a cell typed as text
 * without care): `=`, `+`, `-`, `@`, TAB or CR (OWASP, "CSV Injection"). Leading white space (a
 * space, line break, no-break space…) is looked past, since some programs drop it on import.
 */
const FORMULA_START = /^\s*[=+\-@\t\r]/

/**
 * A decimal number written as text, like "-12.50" or "+3": a spreadsheet reads it as that number and
 * nothing else (no operator after the sign, no exponent, no function), so it is left alone; adding a
 * quote would turn an amount into text that sums and sorts wrongly.
 */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/**
 * The one function every CSV and XLSX export runs each cell through, so text from a record cannot
 * become a formula or reach the file raw:
 * - numbers, booleans and empty cells come back as they are (a number is a number cell; a value that
 *   is not finite is a bug and throws);
 * - text has unprintable characters written as visible escapes (`\x1b`, `\u{202E}`): they would
 *   otherwise hide in the file, and C0 characters make an XLSX invalid XML. Line breaks (as `\n`) and
 *   tabs are kept, as in the notes and plans they come from;
 * - text that a spreadsheet would read as a formula (`FORMULA_START`) is prefixed with a single quote,
 *   unless it is a plain decimal number (`PLAIN_NUMBER`).
 * Idempotent: a cell already made safe comes back unchanged.
 *
 * @example safeCell('=HYPERLINK("http://x","click")') // "'=HYPERLINK(\"http://x\",\"click\")"
 * @example safeCell(-1250) // -1250
 * @example safeCell('-12.50') // "-12.50"
 */
export function safeCell(value: CellValue): string | number | boolean | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`A cell cannot hold the number ${value}.`)
    return value
  }
  if (typeof value === 'boolean') return value
  const text = escapeUnprintable(value, { keepLineBreaks: true, keepTabs: true })
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) return `'${text}`
  return text
}
