import { emptyStatement } from './statement-failures'
import type {
  ParsedStatement,
  StatementBalance,
  StatementFormat,
  StatementLine,
} from './statement-types'

export type LineDraft = StatementLine

export interface StatementParts {
  readonly format: StatementFormat
  readonly layout?: string
  readonly currency?: string
  readonly account?: ParsedStatement['account']
  readonly drafts: readonly LineDraft[]
  readonly openingBalance?: StatementBalance
  readonly closingBalance?: StatementBalance
}

/** True when each balance is the one before plus the line's amount, in this order. */
function chains(lines: readonly LineDraft[]): boolean {
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!.balanceAfterPence
    const after = lines[i]!.balanceAfterPence
    if (before === undefined || after === undefined) return false
    if (before + lines[i]!.amountPence !== after) return false
  }
  return true
}

/**
 * Puts a file's lines oldest first. Banks write newest first (Lloyds, Barclays, NatWest) or oldest
 * first (Nationwide); the first and last dates say which. When every line has one date, the running
 * balance says which, if there is one. Lines on the same day keep their relative order (reversed
 * with the file when it is newest first), so two identical payments on one day are both kept, in a
 * stable order.
 */
function oldestFirst(drafts: readonly LineDraft[]): LineDraft[] {
  let lines = [...drafts]
  const first = lines[0]!.date
  const last = lines[lines.length - 1]!.date
  const reversed = [...lines].reverse()
  if (first > last) lines = reversed
  else if (first === last && !chains(lines) && chains(reversed)) lines = reversed
  // A file out of order in the middle (rare: a bank's pending lines) is put in date order; the
  // sort is stable, so lines on one day keep their order.
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) =>
      a.line.date < b.line.date ? -1 : a.line.date > b.line.date ? 1 : a.index - b.index,
    )
    .map(({ line }) => line)
}

/**
 * The statement the ledger gets: at least one line (an empty file or statement is refused, never
 * returned as a success with nothing in it), oldest first, and balances either stated by the file
 * or derived from its running-balance column.
 */
export function finishStatement(file: string, parts: StatementParts): ParsedStatement {
  if (parts.drafts.length === 0) throw emptyStatement(file, 'it has no transactions in it')
  const lines = oldestFirst(parts.drafts)
  const first = lines[0]!
  const last = lines[lines.length - 1]!
  const opening =
    parts.openingBalance ??
    (first.balanceAfterPence === undefined
      ? undefined
      : { date: first.date, pence: first.balanceAfterPence - first.amountPence })
  const closing =
    parts.closingBalance ??
    (last.balanceAfterPence === undefined
      ? undefined
      : { date: last.date, pence: last.balanceAfterPence })
  return {
    format: parts.format,
    ...(parts.layout === undefined ? {} : { layout: parts.layout }),
    ...(parts.currency === undefined ? {} : { currency: parts.currency }),
    ...(parts.account && Object.keys(parts.account).length > 0 ? { account: parts.account } : {}),
    lines,
    ...(opening ? { openingBalance: opening } : {}),
    ...(closing ? { closingBalance: closing } : {}),
  }
}
