import Papa from 'papaparse'
import { AppFailure } from '../../../shared/result'
import { type FileLimits, tooBig } from '../../imports'
import { malformed } from './statement-failures'

/** One CSV record with a value in it, and the file line it starts on (for messages). */
export interface CsvRow {
  readonly line: number
  readonly cells: readonly string[]
}

function countNewlines(text: string, from: number, to: number): number {
  let n = 0
  for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n += 1
  return n
}

/**
 * Splits decoded CSV text into records with papaparse, stopping at the first limit passed. Line
 * endings are made `\n` first: papaparse guesses one line ending for the whole file from the first
 * it meets, and Excel-edited files mix them. Records with no value are left out; a quote left open
 * is refused (it would swallow the rest of the file into one cell, a silent partial import).
 */
export function readCsvRows(file: string, decoded: string, limits: FileLimits): CsvRow[] {
  const text = decoded.replace(/\r\n?/g, '\n')
  const rows: CsvRow[] = []
  let failure: AppFailure | null = null
  let cursor = 0
  let line = 1
  Papa.parse<string[]>(text, {
    newline: '\n',
    delimitersToGuess: [',', '\t', ';', '|'],
    step(result, parser) {
      const start = cursor
      const startLine = line
      cursor = result.meta.cursor
      line += countNewlines(text, start, cursor)
      try {
        if (result.errors.some((e) => e.type === 'Quotes')) {
          throw malformed(file, 'a quote is opened and never closed, or is misplaced', startLine)
        }
        const cells = result.data
        if (cells.length > limits.maxColumns) throw tooBig(file, limits, 'maxColumns')
        for (const cell of cells) {
          if (cell.length > limits.maxCellChars) throw tooBig(file, limits, 'maxCellChars')
        }
        if (cells.every((c) => c.trim() === '')) return
        // Skip the blank lines before the record: its line is the first with something on it.
        const lead = /^\n*/.exec(text.slice(start, Math.min(cursor, start + 10_000)))![0].length
        rows.push({ line: startLine + lead, cells })
        if (rows.length > limits.maxRows) throw tooBig(file, limits, 'maxRows')
      } catch (error) {
        // papaparse does not expect its callback to throw: stop it, and throw once it has returned.
        if (!(error instanceof AppFailure)) throw error
        failure = error
        parser.abort()
      }
    },
  })
  if (failure) throw failure
  return rows
}
