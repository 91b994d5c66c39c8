/**
 * Money is always an integer number of pence, branded so a plain number cannot slip into a ledger.
 * Conversions between payment frequencies use exact fractions and round once, at presentation.
 */
export type Pence = number & { readonly __brand: 'Pence' }

export function pence(value: number): Pence {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Money must be a whole number of pence, got ${value}`)
  }
  return value as Pence
}

const POUNDS_PATTERN = /^(-)?£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/

/**
 * Reads an amount typed by a person ("420", "420.5", "£1,538.00", "-12.34") as pence.
 * Returns null when the text is not an amount; never rounds a third decimal place away.
 *
 * @example parsePounds('£1,538.00') // 153800
 */
export function parsePounds(text: string): Pence | null {
  const match = POUNDS_PATTERN.exec(text.trim())
  if (!match) return null
  const [, minus, whole, fraction = ''] = match
  const pounds = Number((whole ?? '0').replaceAll(',', ''))
  const p = pounds * 100 + Number(fraction.padEnd(2, '0'))
  if (!Number.isSafeInteger(p)) return null
  return pence(minus ? -p : p)
}

const gbp = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })

/** Shows pence as en-GB money: 153800 → "£1,538.00". */
export function formatPence(value: number): string {
  return gbp.format(value / 100)
}

/** Pence as a plain decimal string without currency sign, for forms and CSV: 153800 → "1538.00". */
export function penceToDecimal(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(value)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`
}

/** An exact rational amount of pence, used for frequency conversions before the single rounding. */
export interface Fraction {
  readonly num: bigint
  readonly den: bigint
}

export const Frequencies = ['weekly', '4-weekly', 'monthly'] as const
export type Frequency = (typeof Frequencies)[number]

/** Weeks per period as an exact fraction (DHSC factors: monthly = 52/12 weeks). */
const WEEKS_PER_PERIOD: Record<Frequency, Fraction> = {
  weekly: { num: 1n, den: 1n },
  '4-weekly': { num: 4n, den: 1n },
  monthly: { num: 52n, den: 12n },
}

/** Rounds a fraction of pence half away from zero, once. */
export function roundFraction(f: Fraction): Pence {
  const { num, den } = f
  const sign = num < 0n !== den < 0n ? -1n : 1n
  const n = num < 0n ? -num : num
  const d = den < 0n ? -den : den
  const q = (2n * n + d) / (2n * d)
  return pence(Number(sign * q))
}

/**
 * Converts a weekly amount to the amount paid per period, exactly, then rounds once.
 *
 * @example weeklyToPeriod(pence(42000), 'monthly') // 182000 (420 × 52 / 12)
 */
export function weeklyToPeriod(weekly: Pence, frequency: Frequency): Pence {
  const w = WEEKS_PER_PERIOD[frequency]
  return roundFraction({ num: BigInt(weekly) * w.num, den: w.den })
}

/** Converts a per-period amount to its exact weekly equivalent, then rounds once. */
export function periodToWeekly(amount: Pence, frequency: Frequency): Pence {
  const w = WEEKS_PER_PERIOD[frequency]
  return roundFraction({ num: BigInt(amount) * w.den, den: w.num })
}

/** Sums pence exactly, refusing to overflow the safe integer range. */
export function sumPence(values: readonly number[]): Pence {
  let total = 0
  for (const v of values) total += v
  return pence(total)
}
