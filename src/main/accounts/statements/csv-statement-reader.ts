import { AppFailure } from '../../../shared/result'
import type { FileLimits } from '../../imports'
import { type ColumnMapping, type ColumnRef, headingKey, mappingColumns } from './csv-mapping'
import { chooseLayout } from './csv-layout-detection'
import { type CsvRow, readCsvRows } from './csv-rows'
import { finishStatement, type LineDraft } from './statement-finish'
import { badLine, checkCurrency, malformed } from './statement-failures'
import { type DateOrder, possibleOrders } from './statement-dates'
import { csvAmountToPence } from './statement-money'
import { readLineDate, resolveDateOrder } from './statement-line-dates'
import type { ParsedStatement } from './statement-types'

export interface CsvReadOptions {
  /** A built-in layout's id, chosen by the user. */
  readonly layout?: string
  /** The user's own mapping (wins over `layout`). */
  readonly mapping?: ColumnMapping
  /** Day-first or month-first, when the user has answered STATEMENTS.DATE_ORDER. */
  readonly dateOrder?: DateOrder
}

// Currencies a statement file might name (the commonest ISO 4217 codes). Lloyds' transaction
// types (DEB, FPI, BGC, CHQ...) are three capitals too, so only real codes count.
const CURRENCY_CODES = new Set(
  'GBP EUR USD CAD AUD NZD CHF HUF PLN CZK SEK NOK DKK ISK RON BGN TRY JPY CNY INR ZAR HKD SGD'.split(
    ' ',
  ),
)
const CURRENCY_HEADING =
  /^(currency|ccy|curr|currency code|devizanem|deviza|währung|devise|divisa|moneda|valuta|waluta)$/

/**
 * Refuses a file with a currency column naming anything but GBP, before its layout is worked out:
 * a euro account's export is refused for its currency, not as an unknown layout. A column counts
 * when its heading says "currency" (in a few languages) or every value in it is a currency code.
 */
function checkCurrencyColumns(file: string, rows: readonly CsvRow[]): void {
  const widths = new Map<number, number>()
  for (const row of rows) widths.set(row.cells.length, (widths.get(row.cells.length) ?? 0) + 1)
  const width = [...widths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0
  const body = rows.filter((r) => r.cells.length === width)
  if (body.length === 0) return
  for (let c = 0; c < width; c++) {
    const named = CURRENCY_HEADING.test(headingKey(body[0]!.cells[c] ?? ''))
    let coded = false
    let isCurrencyColumn = true
    // Stops at the first value that is not a currency code: most columns are ruled out at once.
    for (let r = 1; r < body.length && (named || isCurrencyColumn); r++) {
      const value = body[r]!.cells[c]!.trim()
      if (value === '') continue
      if (CURRENCY_CODES.has(value)) coded = true
      else isCurrencyColumn = false
    }
    if (!named && !(coded && isCurrencyColumn)) continue
    for (const row of body.slice(1)) {
      if (row.cells[c]!.trim() !== '') checkCurrency(file, row.cells[c]!, row.line)
    }
  }
}

function columnIndex(ref: ColumnRef, headings: readonly string[] | null): number {
  if (typeof ref === 'number') return ref - 1
  return headings!.indexOf(headingKey(ref))
}

function accountParts(sortCell: string, accountCell: string) {
  const sortDigits = sortCell.replace(/\D/g, '')
  const accountDigits = accountCell.replace(/\D/g, '')
  // Barclays writes "20-00-00 12345678" and NatWest "'600000-12345678" in one cell.
  const joined = sortDigits === '' && accountDigits.length === 14
  const sort = joined ? accountDigits.slice(0, 6) : sortDigits
  const account = joined ? accountDigits.slice(6) : accountDigits
  return {
    ...(sort.length === 6
      ? { sortCode: `${sort.slice(0, 2)}-${sort.slice(2, 4)}-${sort.slice(4)}` }
      : {}),
    ...(account.length >= 4 ? { accountNumberLast4: account.slice(-4) } : {}),
  }
}

/** The bank's text: Excel's leading apostrophe gone, runs of spaces (Barclays pads) as one. */
function cleanText(text: string): string {
  return text.replace(/^'/, '').replace(/\s+/g, ' ').trim()
}

function money(file: string, line: number, text: string, what: string): number {
  const result = csvAmountToPence(text)
  if (!result.ok) throw badLine(file, line, `the ${what} ${result.problem}`)
  return result.pence
}

/** Reads a CSV statement in a built-in layout, headings that explain themselves, or the user's mapping. */
export function readCsvStatement(
  file: string,
  text: string,
  limits: FileLimits,
  options: CsvReadOptions = {},
): ParsedStatement {
  const rows = readCsvRows(file, text, limits)
  if (rows.length === 0)
    throw new AppFailure('STATEMENTS.EMPTY', `Nothing to import from ${file}: it is empty.`, {
      file,
    })
  checkCurrencyColumns(file, rows)
  const { mapping, headingRow } = chooseLayout(file, rows, options)
  const headings = headingRow < 0 ? null : rows[headingRow]!.cells.map(headingKey)
  const col = (ref: ColumnRef | undefined) => (ref === undefined ? -1 : columnIndex(ref, headings))
  const descriptionRefs = Array.isArray(mapping.description)
    ? (mapping.description as readonly ColumnRef[])
    : [mapping.description as ColumnRef]
  const at = {
    date: col(mapping.date),
    text: descriptionRefs.map((r) => col(r)),
    amount: col(mapping.amount),
    paidIn: col(mapping.paidIn),
    paidOut: col(mapping.paidOut),
    balance: col(mapping.balance),
    memo: col(mapping.memo),
    bankId: col(mapping.bankId),
    currency: col(mapping.currency),
    sortCode: col(mapping.sortCode),
    accountNumber: col(mapping.accountNumber),
  }
  const needed = Math.max(...mappingColumns(mapping).map((r) => columnIndex(r, headings))) + 1
  const headingLine = headings?.join('\u0000')
  const body = rows.slice(headingRow + 1).filter((row) => {
    // A heading row repeated further down (files joined together) is not a line.
    if (headings === null || headingKey(row.cells[at.date] ?? '') !== headings[at.date]) return true
    return row.cells.map(headingKey).join('\u0000') !== headingLine
  })
  const order = resolveDateOrder(file, options.dateOrder ?? mapping.dateOrder, () =>
    possibleOrders(body.map((r) => r.cells[at.date] ?? '')),
  )
  const cell = (row: CsvRow, i: number) => (i < 0 ? '' : (row.cells[i] ?? '').trim())
  const accounts = new Map<string, { sortCode?: string; accountNumberLast4?: string }>()
  const seenAccountCells = new Set<string>()
  const drafts: LineDraft[] = body.map((row) => {
    if (row.cells.length < needed) {
      throw malformed(
        file,
        `it has ${row.cells.length} columns where the headings need ${needed}`,
        row.line,
      )
    }
    const date = readLineDate(file, row.line, cell(row, at.date), order)
    let pence: number
    if (at.amount >= 0) {
      if (cell(row, at.amount) === '') throw badLine(file, row.line, 'it has no amount')
      pence = money(file, row.line, cell(row, at.amount), 'amount')
    } else {
      const paidIn = cell(row, at.paidIn)
      const paidOut = cell(row, at.paidOut)
      if (paidIn === '' && paidOut === '') {
        throw badLine(file, row.line, 'it has neither money in nor money out')
      }
      const inPence = paidIn === '' ? 0 : money(file, row.line, paidIn, 'money in')
      const outPence = paidOut === '' ? 0 : Math.abs(money(file, row.line, paidOut, 'money out'))
      if (inPence !== 0 && outPence !== 0) {
        throw badLine(file, row.line, 'it has both money in and money out')
      }
      pence = inPence - outPence
    }
    if (mapping.isSpendingPositive) pence = -pence
    if (at.currency >= 0) checkCurrency(file, cell(row, at.currency), row.line)
    const balance = cell(row, at.balance)
    const accountCells = `${cell(row, at.sortCode)}\u0000${cell(row, at.accountNumber)}`
    if (!seenAccountCells.has(accountCells)) {
      seenAccountCells.add(accountCells)
      const account = accountParts(cell(row, at.sortCode), cell(row, at.accountNumber))
      if (account.sortCode || account.accountNumberLast4) {
        accounts.set(JSON.stringify(account), account)
      }
    }
    const memo = cleanText(cell(row, at.memo))
    const bankId = cell(row, at.bankId)
    return {
      sourceLine: row.line,
      date,
      amountPence: pence,
      description: cleanText(
        at.text
          .map((i) => cell(row, i))
          .filter((t) => t !== '')
          .join(' '),
      ),
      ...(bankId ? { bankId } : {}),
      ...(balance ? { balanceAfterPence: money(file, row.line, balance, 'balance') } : {}),
      ...(memo ? { memo } : {}),
    }
  })
  if (accounts.size > 1) {
    throw new AppFailure(
      'STATEMENTS.MANY_ACCOUNTS',
      `${file} holds lines for ${accounts.size} different accounts; export one account at a time.`,
      { file },
    )
  }
  const [account] = accounts.values()
  return finishStatement(file, {
    format: 'csv',
    layout: mapping.name,
    drafts,
    ...(account ? { account } : {}),
  })
}
