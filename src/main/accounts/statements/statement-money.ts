/**
 * Amounts as banks write them, to integer pence exactly: no floating point anywhere, so `-30.000`
 * is -3000 and `0.1 + 0.2` never happens. Digits past the pence must be zeros (`-3.77000` is -377);
 * `-3.775` is not a whole number of pence and is refused rather than rounded.
 */

/** Larger than any real statement line (£100 billion) and far inside Number.MAX_SAFE_INTEGER. */
const MAX_PENCE = 10_000_000_000_000

export type PenceResult =
  { readonly ok: true; readonly pence: number } | { readonly ok: false; readonly problem: string }

const PLAIN = /^([+-]?)(\d+)(?:\.(\d*))?$/
const GROUPED = /^\d{1,3}(,\d{3})+$/

function fail(problem: string): PenceResult {
  return { ok: false, problem }
}

/** A plain decimal (`-12.34`, `120`, `-30.000`, `.5`): what OFX, QIF and CAMT write. */
export function decimalToPence(text: string): PenceResult {
  const t = text.trim()
  const withLeadingPoint = /^[+-]?\.\d+$/.test(t) ? t.replace('.', '0.') : t
  const m = PLAIN.exec(withLeadingPoint)
  if (!m) return fail(`“${t}” is not an amount`)
  const [, sign, whole, fraction = ''] = m
  const extra = fraction.slice(2)
  if (/[^0]/.test(extra)) return fail(`${t} is not a whole number of pence`)
  const pence = Number(whole) * 100 + Number(fraction.slice(0, 2).padEnd(2, '0'))
  if (!Number.isSafeInteger(pence) || pence > MAX_PENCE) return fail(`${t} is too large an amount`)
  return { ok: true, pence: sign === '-' && pence !== 0 ? -pence : pence }
}

/**
 * An amount as a UK bank's CSV writes it: `£1,234.56`, `-£10.99`, `£-10.99`, `(12.00)`,
 * `12.00 CR`, `12.00DR`, `1,234.56-`. CR means money in, DR money out. Anything else (another
 * currency's symbol, letters, two signs) is refused: it is safer to ask than to guess.
 */
export function csvAmountToPence(text: string): PenceResult {
  let t = text.trim().replace(/\s+/g, ' ')
  let negative = false
  let signs = 0
  const suffix = / ?(CR|DR|D|OD)$/i.exec(t)
  if (suffix) {
    // Nationwide writes an overdrawn balance as "123.45 OD" (or "D").
    negative = suffix[1]!.toUpperCase() !== 'CR'
    signs += 1
    t = t.slice(0, suffix.index).trim()
  }
  if (/^\(.*\)$/.test(t)) {
    negative = !negative
    signs += 1
    t = t.slice(1, -1).trim()
  }
  if (t.endsWith('-')) {
    negative = !negative
    signs += 1
    t = t.slice(0, -1).trim()
  }
  const lead = /^([+-]?)\s*£?\s*([+-]?)\s*/.exec(t)!
  for (const s of [lead[1], lead[2]]) {
    if (s === '-') negative = !negative
    if (s) signs += 1
  }
  t = t.slice(lead[0].length)
  if (signs > 1) return fail(`“${text.trim()}” is not an amount`)
  const dot = t.indexOf('.')
  const whole = dot < 0 ? t : t.slice(0, dot)
  if (whole.includes(',') && !GROUPED.test(whole)) return fail(`“${text.trim()}” is not an amount`)
  const plain = whole.replace(/,/g, '') + (dot < 0 ? '' : t.slice(dot))
  if (!/^\d*\.?\d*$/.test(plain) || !/\d/.test(plain)) {
    return fail(`“${text.trim()}” is not an amount`)
  }
  const result = decimalToPence(plain)
  if (!result.ok) return fail(result.problem.replace(plain, text.trim()))
  return negative && result.pence !== 0 ? { ok: true, pence: -result.pence } : result
}

/** "£1,234.56" or "-£10.99" for messages (read aloud: the sign before the pound sign). */
export function formatPounds(pence: number): string {
  const sign = pence < 0 ? '-' : ''
  const abs = Math.abs(pence)
  const pounds = Math.floor(abs / 100).toLocaleString('en-GB')
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`
}
