import { AppFailure } from '../../../shared/result'
import type { FileLimits } from '../../imports'

const MB = 1_000_000

/**
 * The statement readers' limits. 20 MB is the issue's own figure and about 200,000 CSV lines, far
 * more than a year of any managed account; the row limit keeps a hostile file from building a huge
 * preview. Zip limits are unused (no statement format is zipped) but the type wants them.
 */
export const STATEMENT_LIMITS: FileLimits = {
  maxFileBytes: 20 * MB,
  maxRows: 200_000,
  maxColumns: 200,
  maxCells: 4_000_000,
  maxCellChars: 32_767,
  maxTextChars: 20 * MB,
  maxZipEntries: 0,
  maxInflatedBytes: 0,
  maxCompressionRatio: 1,
}

/** "line 12" for CSV and QIF; OFX and CAMT name the line of the transaction's opening tag too. */
export function badLine(file: string, line: number, problem: string): AppFailure {
  return new AppFailure('STATEMENTS.BAD_LINE', `${file}, line ${line}: ${problem}.`, {
    file,
    line,
  })
}

export function malformed(file: string, problem: string, line?: number): AppFailure {
  const where = line === undefined ? '' : `, line ${line}`
  return new AppFailure(
    'STATEMENTS.MALFORMED',
    `${file}${where} is not a complete statement: ${problem}.`,
    line === undefined ? { file } : { file, line },
  )
}

export function emptyStatement(file: string, why: string): AppFailure {
  return new AppFailure('STATEMENTS.EMPTY', `Nothing to import from ${file}: ${why}.`, { file })
}

/** Casebook's ledgers are in pounds sterling: any other currency is refused, never converted. */
export function wrongCurrency(file: string, currency: string, line?: number): AppFailure {
  const where = line === undefined ? '' : ` (line ${line})`
  return new AppFailure(
    'STATEMENTS.CURRENCY',
    `${file} is in ${currency}${where}, not pounds sterling (GBP); only GBP statements can be imported.`,
    line === undefined ? { file, currency } : { file, currency, line },
  )
}

/** Throws unless `currency` (as the file writes it, trimmed) is GBP; blank means "not stated". */
export function checkCurrency(file: string, currency: string | undefined, line?: number): void {
  if (currency === undefined) return
  const code = currency.trim().toUpperCase()
  if (code !== '' && code !== 'GBP') throw wrongCurrency(file, currency.trim(), line)
}
