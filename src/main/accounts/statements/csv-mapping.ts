import { z } from 'zod'
import { DATE_ORDERS, type DateOrder } from './statement-dates'

/**
 * Which column of a CSV statement holds what. A plain object so the ledger can save a user's own
 * mapping by name and pass it back. A column is named by its heading (compared ignoring case,
 * spaces and a leading apostrophe) or, for a file without headings, by its 1-based number.
 */
export type ColumnRef = string | number

export interface ColumnMapping {
  /** Shown to the user and stored on the statement as `layout`. */
  readonly name: string
  readonly date: ColumnRef
  /** One column, or several joined with a space (a payee and a reference, say). */
  readonly description: ColumnRef | readonly ColumnRef[]
  /** A signed amount (money in positive) ... */
  readonly amount?: ColumnRef
  /** ... or money in and money out in two columns, each written as a positive amount. */
  readonly paidIn?: ColumnRef
  readonly paidOut?: ColumnRef
  readonly balance?: ColumnRef
  readonly memo?: ColumnRef
  readonly bankId?: ColumnRef
  /** A column stating each line's currency: anything but GBP is refused. */
  readonly currency?: ColumnRef
  readonly sortCode?: ColumnRef
  readonly accountNumber?: ColumnRef
  /** For numeric dates; absent means "work it out from the file, or ask". */
  readonly dateOrder?: DateOrder
  /** A card statement that writes spending as positive: every amount's sign is turned round. */
  readonly isSpendingPositive?: boolean
}

/** How a heading is compared: NatWest pads headings with spaces, Lloyds' cells start with `'`. */
export function headingKey(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/^'/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
}

/** The columns a mapping reads, for checking them against a file's headings. */
export function mappingColumns(mapping: ColumnMapping): readonly ColumnRef[] {
  const description = Array.isArray(mapping.description)
    ? (mapping.description as readonly ColumnRef[])
    : [mapping.description as ColumnRef]
  const optional = [
    mapping.amount,
    mapping.paidIn,
    mapping.paidOut,
    mapping.balance,
    mapping.memo,
    mapping.bankId,
    mapping.currency,
    mapping.sortCode,
    mapping.accountNumber,
  ].filter((c): c is ColumnRef => c !== undefined)
  return [mapping.date, ...description, ...optional]
}

/** Why a mapping cannot work, or null: it must say where the money is, one way only. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  const hasSigned = mapping.amount !== undefined
  const hasSplit = mapping.paidIn !== undefined || mapping.paidOut !== undefined
  if (hasSigned === hasSplit) {
    return 'it must name either an amount column, or paid-in and paid-out columns (not both)'
  }
  if (hasSplit && (mapping.paidIn === undefined || mapping.paidOut === undefined)) {
    return 'it names one of the paid-in and paid-out columns but not the other'
  }
  const refs = mappingColumns(mapping)
  const numbers = refs.filter((r) => typeof r === 'number')
  if (numbers.length > 0 && numbers.length < refs.length) {
    return 'it mixes column numbers and headings; use one or the other'
  }
  if (numbers.some((n) => !Number.isInteger(n) || n < 1)) {
    return 'column numbers start at 1'
  }
  return null
}

const columnRef = z.union([z.string().trim().min(1).max(200), z.number().int().min(1).max(200)])

/**
 * A mapping as the ledger receives it from the UI or reads it back from where it saved it: the
 * shape of `ColumnMapping`, checked. Whether it makes sense (one way of stating money, headings or
 * numbers but not both) is `mappingProblem`'s job, so its message can name the file.
 */
export const columnMappingSchema = z.object({
  name: z.string().trim().min(1).max(100),
  date: columnRef,
  description: z.union([columnRef, z.array(columnRef).min(1).max(10)]),
  amount: columnRef.optional(),
  paidIn: columnRef.optional(),
  paidOut: columnRef.optional(),
  balance: columnRef.optional(),
  memo: columnRef.optional(),
  bankId: columnRef.optional(),
  currency: columnRef.optional(),
  sortCode: columnRef.optional(),
  accountNumber: columnRef.optional(),
  dateOrder: z.enum(DATE_ORDERS).optional(),
  isSpendingPositive: z.boolean().optional(),
}) satisfies z.ZodType<ColumnMapping>
