/**
 * Dates as statements write them, to ISO `yyyy-mm-dd`. A date that does not exist (31/02/2025) is
 * refused, never rolled over into March as `new Date` would. Numeric dates need an order: day first
 * (UK banks), month first (US-made QIF files), or year first (ISO, `2025.12.04`); dates with a month
 * name (`04 Apr 2025`, `04-Apr-25`) carry their own.
 */

export const DATE_ORDERS = ['dmy', 'mdy', 'ymd'] as const
export type DateOrder = (typeof DATE_ORDERS)[number]

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (POSIX's pivot, as Quicken uses). */
function fullYear(text: string): number {
  const n = Number(text)
  if (text.length > 2) return n
  return n < 70 ? 2000 + n : 1900 + n
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The ISO date, or null when there is no such day (or the year is implausible for a statement). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null
  if (!Number.isInteger(month) || month < 1 || month > 12) return null
  if (!Number.isInteger(day) || day < 1 || day > daysIn(year, month)) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

// `1/2'98` is Quicken's way of writing 2098... and of 2000s years in general; treated as a separator.
const NUMERIC = /^(\d{1,4})\s*[/.\-']\s*(\d{1,2})\s*[/.\-']\s*(\d{1,4})$/
const NAMED = /^(\d{1,2})[\s\-/]*([A-Za-z]{3,9})\.?[\s\-/,]*(\d{2}|\d{4})$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

/** The parts of a numeric date, for deciding the order of a whole file's dates. */
export function numericParts(text: string): readonly [string, string, string] | null {
  const m = NUMERIC.exec(text.trim())
  return m ? [m[1]!, m[2]!, m[3]!] : null
}

function named(text: string): string | null | undefined {
  const m = NAMED.exec(text)
  if (!m) return undefined
  const word = m[2]!.toLowerCase()
  const month = MONTHS.findIndex((name) => word.startsWith(name)) + 1
  if (month === 0 || (word.length > 3 && !monthNameMatches(word, month))) return null
  return isoDate(fullYear(m[3]!), month, Number(m[1]))
}

const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function monthNameMatches(word: string, month: number): boolean {
  const full = FULL_MONTHS[month - 1]!
  return full.startsWith(word) || (month === 9 && word === 'sept')
}

/**
 * Reads `text` as a date in `order`: `undefined` when it is not written as a date at all, `null`
 * when it is written as one but no such day exists (so the message can say which).
 */
export function parseDate(text: string, order: DateOrder): string | null | undefined {
  const t = text.trim()
  const word = named(t)
  if (word !== undefined) return word
  const compact = COMPACT.exec(t)
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]))
  const parts = numericParts(t)
  if (!parts) return undefined
  const [a, b, c] = parts
  if (a.length === 4) return isoDate(Number(a), Number(b), Number(c))
  if (c.length === 3 || a.length === 3) return undefined
  if (order === 'ymd') return undefined
  const [day, month] = order === 'dmy' ? [a, b] : [b, a]
  return isoDate(fullYear(c), Number(month), Number(day))
}

/**
 * Which orders fit every numeric date in a file: a first part over 12 rules out month-first, a
 * second part over 12 rules out day-first. Year-first and month-name dates fit any order. Returns
 * the orders that remain; more than one means the file does not say (every day is 12 or less).
 */
export function possibleOrders(dates: Iterable<string>): readonly DateOrder[] {
  let dmy = true
  let mdy = true
  let sawDayMonth = false
  for (const text of dates) {
    const parts = numericParts(text)
    if (!parts || parts[0].length === 4) continue
    sawDayMonth = true
    const [a, b] = parts.map(Number) as [number, number]
    if (a > 12) mdy = false
    if (b > 12) dmy = false
  }
  if (!sawDayMonth) return ['ymd']
  return [...(dmy ? (['dmy'] as const) : []), ...(mdy ? (['mdy'] as const) : [])]
}
