import Papa from 'papaparse'
import { AppFailure } from '../../shared/result'
import { unreadable } from './file-limits'
import type { SheetTable } from './sheet-table'
import { decodeText } from './text-decoding'

/**
 * Reads CSV (or tab-separated "Unicode text") into `table` one row at a time, stopping at the first
 * row over a limit. The delimiter is detected (comma, tab, semicolon, pipe). A quote left open
 * swallows the rest of the file into one cell, so it is reported before that cell's size is.
 */
export function readCsvRows(file: string, bytes: Buffer, table: SheetTable): void {
  const { text } = decodeText(file, bytes, 'a spreadsheet')
  let failure: AppFailure | null = null
  let rowNumber = 0
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result, parser) {
      rowNumber += 1
      try {
        const quotes = result.errors.filter((e) => e.type === 'Quotes')
        if (quotes.length > 0) {
          const unclosed = quotes.some((e) => e.code === 'MissingQuotes')
          throw unreadable(
            file,
            `row ${rowNumber} has ${unclosed ? 'an unclosed' : 'a misplaced'} quote`,
          )
        }
        table.addRow(result.data)
      } catch (error) {
        // papaparse does not expect its callback to throw: stop it, and throw once it has returned.
        if (!(error instanceof AppFailure)) throw error
        failure = error
        parser.abort()
      }
    },
  })
  if (failure) throw failure
}
