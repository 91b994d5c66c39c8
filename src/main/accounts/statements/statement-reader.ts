import { checkFileSize, decodeText, type FileLimits, unreadable } from '../../imports'
import type { ColumnMapping } from './csv-mapping'
import { readCsvStatement } from './csv-statement-reader'
import { readCamtStatement } from './camt-statement-reader'
import { readOfxStatement } from './ofx-statement-reader'
import { readQifStatement } from './qif-statement-reader'
import { emptyStatement, STATEMENT_LIMITS } from './statement-failures'
import type { DateOrder } from './statement-dates'
import { refuseBinary, sniffFormat } from './statement-sniffer'
import type { ParsedStatement, StatementFormat } from './statement-types'

export interface ReadStatementOptions {
  /** The reader to use; absent means the sniffer's choice. */
  readonly format?: StatementFormat
  /** A built-in CSV layout's id ('lloyds', ...). */
  readonly layout?: string
  /** The user's own CSV mapping (wins over `layout`). */
  readonly mapping?: ColumnMapping
  /** The user's answer to STATEMENTS.DATE_ORDER, for CSV and QIF. */
  readonly dateOrder?: DateOrder
  /** The readers' limits; tests and benchmarks pass their own. */
  readonly limits?: FileLimits
}

/** C0 control characters no statement contains (tab, line feed, carriage return and form feed are fine). */
function hasControlCharacters(text: string): boolean {
  // Ctrl-Z at the very end is an old DOS end-of-file mark; anywhere else it is binary data.
  let end = text.length
  while (end > 0 && /\s/.test(text[end - 1]!)) end -= 1
  while (end > 0 && text.charCodeAt(end - 1) === 0x1a) end -= 1
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f)
      return true
  }
  return false
}

/**
 * Reads a bank statement file, whatever its format, into a `ParsedStatement`: bytes in, lines in
 * pence out, oldest first, nothing from the database. Every refusal is an AppFailure naming the file
 * (and the line, where there is one): too big, not text, empty, a layout or date order to choose, a
 * currency other than GBP, a bad line. A file is read whole or refused; it never gives part of itself.
 */
export function readStatement(
  file: string,
  bytes: Uint8Array,
  options: ReadStatementOptions = {},
): ParsedStatement {
  const limits = options.limits ?? STATEMENT_LIMITS
  checkFileSize(file, bytes, limits)
  if (bytes.length === 0) throw emptyStatement(file, 'the file is empty')
  refuseBinary(file, bytes)
  const { text } = decodeText(file, bytes, 'a bank statement')
  if (hasControlCharacters(text)) {
    throw unreadable(file, 'it contains binary data, not text', 'a bank statement')
  }
  if (text.trim() === '') throw emptyStatement(file, 'the file is empty')
  const format = options.format ?? sniffFormat(file, text)
  switch (format) {
    case 'ofx':
      return readOfxStatement(file, text)
    case 'qif':
      return readQifStatement(file, text, options.dateOrder)
    case 'camt':
      return readCamtStatement(file, text)
    case 'csv':
      return readCsvStatement(file, text, limits, options)
  }
}
