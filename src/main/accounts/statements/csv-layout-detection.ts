import { AppFailure } from '../../../shared/result'
import { BANK_LAYOUTS, type BankLayout, bankLayout } from './csv-bank-layouts'
import { type ColumnMapping, headingKey, mappingColumns, mappingProblem } from './csv-mapping'
import type { CsvRow } from './csv-rows'
import { csvAmountToPence } from './statement-money'
import { parseDate } from './statement-dates'

/** How far down the file a heading row is looked for (Nationwide's preamble is four lines). */
const HEADING_SEARCH_ROWS = 30

export interface ChosenLayout {
  readonly mapping: ColumnMapping
  /** Index into the rows of the heading row; -1 when the file has none. */
  readonly headingRow: number
}

function keys(row: CsvRow): string[] {
  const all = row.cells.map(headingKey)
  while (all.length > 0 && all[all.length - 1] === '') all.pop()
  return all
}

function sameHeadings(row: CsvRow, layout: BankLayout): boolean {
  const have = keys(row)
  return (
    have.length === layout.headings.length &&
    layout.headings.every((h, i) => headingKey(h) === have[i])
  )
}

/** A file with no heading row fits a headerless layout when its first row reads as a line. */
function fitsShape(row: CsvRow, layout: BankLayout): boolean {
  const m = layout.mapping
  const have = keys(row)
  if (typeof m.date !== 'number' || typeof m.amount !== 'number') return false
  const width = Math.max(...mappingColumns(m).map(Number))
  return (
    have.length === width &&
    typeof parseDate(row.cells[m.date - 1] ?? '', 'dmy') === 'string' &&
    csvAmountToPence(row.cells[m.amount - 1] ?? '').ok
  )
}

// Headings that name a column's role in files from banks and tools without a built-in layout
// (exports from budgeting apps, a spreadsheet someone made). English only: anything else is mapped.
const DATE_HEADINGS = ['date', 'transaction date', 'posting date', 'booking date', 'posted date']
const TEXT_HEADINGS = ['description', 'payee', 'details', 'narrative', 'memo', 'name', 'reference']
const AMOUNT_HEADINGS = ['amount', 'value', 'amount (gbp)', 'amount (£)']
const IN_HEADINGS = ['paid in', 'money in', 'credit', 'credits', 'credit amount', 'in']
const OUT_HEADINGS = ['paid out', 'money out', 'debit', 'debits', 'debit amount', 'out']
const BALANCE_HEADINGS = ['balance', 'running balance', 'balance (gbp)']
const MEMO_HEADINGS = ['notes', 'memo', 'reference', 'type', 'category']

function find(have: readonly string[], names: readonly string[], not: readonly string[] = []) {
  const i = have.findIndex((h) => names.includes(h) && !not.includes(h))
  return i < 0 ? undefined : i
}

/**
 * A mapping read from the headings themselves, when they say plainly which column is the date,
 * the text and the money (`Date,Payee,Amount`). Null when they do not.
 */
function mappingFromHeadings(row: CsvRow): ColumnMapping | null {
  const have = keys(row)
  const date = find(have, DATE_HEADINGS)
  const amount = find(have, AMOUNT_HEADINGS)
  const paidIn = find(have, IN_HEADINGS)
  const paidOut = find(have, OUT_HEADINGS)
  if (date === undefined) return null
  if (amount === undefined && (paidIn === undefined || paidOut === undefined)) return null
  const textColumns = TEXT_HEADINGS.map((name) => have.indexOf(name)).filter((i) => i >= 0)
  const description = textColumns.find((i) => have[i] !== 'memo' && have[i] !== 'reference')
  const text = description ?? textColumns[0]
  if (text === undefined) return null
  const memo = have.findIndex((h, i) => MEMO_HEADINGS.includes(h) && i !== text)
  const balance = find(have, BALANCE_HEADINGS)
  const heading = (i: number | undefined) => (i === undefined ? undefined : row.cells[i]!.trim())
  const money =
    amount !== undefined
      ? { amount: heading(amount) }
      : { paidIn: heading(paidIn), paidOut: heading(paidOut) }
  return {
    name: 'headings',
    date: heading(date)!,
    description: heading(text)!,
    ...money,
    ...(balance === undefined ? {} : { balance: heading(balance) }),
    ...(memo < 0 ? {} : { memo: heading(memo) }),
  }
}

function unknownLayout(file: string, rows: readonly CsvRow[]): AppFailure {
  const seen = new Set(rows.slice(0, HEADING_SEARCH_ROWS).flatMap(keys))
  const near = BANK_LAYOUTS.filter(
    (l) =>
      l.headings.length > 0 &&
      l.headings.filter((h) => seen.has(headingKey(h))).length * 2 >= l.headings.length,
  )
  const candidates = (near.length > 0 ? near : BANK_LAYOUTS).map((l) => l.id)
  const names = (near.length > 0 ? near : BANK_LAYOUTS).map((l) => l.bank).join(', ')
  return new AppFailure(
    'STATEMENTS.LAYOUT_UNKNOWN',
    `The columns of ${file} do not match a bank's layout that Casebook knows. Choose the bank (${names}) or say which column holds the date, the description and the amount.`,
    { file, candidates },
  )
}

function mappingFailure(file: string, problem: string): AppFailure {
  return new AppFailure(
    'STATEMENTS.MAPPING',
    `The columns chosen for ${file} do not fit: ${problem}.`,
    {
      file,
    },
  )
}

/** Finds the heading row holding every heading `mapping` names (a user's choice or a saved one). */
function placeMapping(file: string, rows: readonly CsvRow[], mapping: ColumnMapping): ChosenLayout {
  const problem = mappingProblem(mapping)
  if (problem) throw mappingFailure(file, problem)
  const refs = mappingColumns(mapping)
  if (typeof refs[0] === 'number') return { mapping, headingRow: -1 }
  const wanted = refs.map((r) => headingKey(String(r)))
  const limit = Math.min(rows.length, HEADING_SEARCH_ROWS)
  for (let i = 0; i < limit; i++) {
    const have = new Set(keys(rows[i]!))
    if (wanted.every((w) => have.has(w))) return { mapping, headingRow: i }
  }
  const first = rows.slice(0, limit).find((r) => keys(r).length > 1)
  const have = new Set(first ? keys(first) : [])
  const missing = refs.filter((r) => !have.has(headingKey(String(r))))
  throw mappingFailure(
    file,
    `it has no heading row with ${missing.map((m) => `“${String(m)}”`).join(', ')}`,
  )
}

/**
 * Which layout to read the rows with: the user's mapping or chosen layout when given, otherwise
 * the one built-in layout whose heading row the file has, otherwise headings that name their own
 * roles, otherwise the one headerless layout whose shape the first row fits. Anything else is
 * STATEMENTS.LAYOUT_UNKNOWN, listing the candidates, for the user to choose.
 */
export function chooseLayout(
  file: string,
  rows: readonly CsvRow[],
  choice: { readonly layout?: string; readonly mapping?: ColumnMapping },
): ChosenLayout {
  if (choice.mapping) return placeMapping(file, rows, choice.mapping)
  if (choice.layout !== undefined) {
    const layout = bankLayout(choice.layout)
    if (!layout) {
      throw mappingFailure(
        file,
        `there is no built-in layout called “${choice.layout}” (there are ${BANK_LAYOUTS.map((l) => l.id).join(', ')})`,
      )
    }
    return placeMapping(file, rows, layout.mapping)
  }
  const limit = Math.min(rows.length, HEADING_SEARCH_ROWS)
  for (let i = 0; i < limit; i++) {
    const matches = BANK_LAYOUTS.filter((l) => sameHeadings(rows[i]!, l))
    if (matches.length === 1) return { mapping: matches[0]!.mapping, headingRow: i }
    if (matches.length > 1) throw unknownLayout(file, rows)
  }
  for (let i = 0; i < limit; i++) {
    const mapping = mappingFromHeadings(rows[i]!)
    if (mapping) return { mapping, headingRow: i }
  }
  const shaped = rows.length > 0 ? BANK_LAYOUTS.filter((l) => fitsShape(rows[0]!, l)) : []
  if (shaped.length === 1) return { mapping: shaped[0]!.mapping, headingRow: -1 }
  throw unknownLayout(file, rows)
}
