/**
 * What every statement reader (CSV layouts, OFX/QFX, QIF, CAMT.053) gives the ledger: the file's
 * lines in pence, oldest first, with whatever balances and account details the file states. The
 * readers know nothing of the database; the ledger's import (duplicates, matching, the batch, checks
 * against balances) takes a `ParsedStatement` and nothing else from them.
 */

export const STATEMENT_FORMATS = ['csv', 'ofx', 'qif', 'camt'] as const
export type StatementFormat = (typeof STATEMENT_FORMATS)[number]

export interface StatementLine {
  /** 1-based line (CSV/QIF) or transaction number (OFX/CAMT) in the file, for messages. */
  readonly sourceLine: number
  /** ISO date the bank booked the line. */
  readonly date: string
  /** Signed integer pence: money in is positive, money out negative. */
  readonly amountPence: number
  /** The bank's text for the line (payee and reference as the bank wrote them), trimmed. */
  readonly description: string
  /** OFX FITID, CAMT AcctSvcrRef/NtryRef: the bank's own id, when it gives one. */
  readonly bankId?: string
  /** The running balance after this line, when the file has one (CSV balance column). */
  readonly balanceAfterPence?: number
  /** Cheque number, QIF/OFX memo, category text: kept for the user, never used for matching. */
  readonly memo?: string
}

export interface StatementBalance {
  readonly date: string
  readonly pence: number
}

export interface ParsedStatement {
  readonly format: StatementFormat
  /** The layout or mapping used for a CSV (e.g. 'lloyds', or a saved mapping's name). */
  readonly layout?: string
  /** ISO 4217 code the file states; absent when it states none (QIF, most CSVs). */
  readonly currency?: string
  /** Account details the file states, to refuse a file for a different account. */
  readonly account?: { readonly sortCode?: string; readonly accountNumberLast4?: string }
  /** Oldest first; two identical lines on one day are both kept. */
  readonly lines: readonly StatementLine[]
  /** Balance before the first line and after the last, when the file states them. */
  readonly openingBalance?: StatementBalance
  readonly closingBalance?: StatementBalance
}
