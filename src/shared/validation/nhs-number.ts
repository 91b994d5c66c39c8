/**
 * NHS numbers: 10 digits, the last a modulus 11 check digit. Weights 10 down to 2 multiply the first nine
 * digits; the check digit is 11 − (sum mod 11), where 11 becomes 0 and 10 means no valid NHS number has
 * those nine digits. People type them with spaces or dashes ('943 476 5919', '943-476-5919').
 */

const SEPARATORS = /[\s\-\u2010-\u2015]/g

/** The 10 digits of a typed NHS number, or null when it is not 10 digits after spaces/dashes go. */
export function normaliseNhsNumber(text: string): string | null {
  const digits = text.replace(SEPARATORS, '')
  return /^[0-9]{10}$/.test(digits) ? digits : null
}

/**
 * The check digit for the first nine digits, or null when the formula gives 10 (those nine digits
 * never start a valid NHS number).
 */
export function nhsCheckDigit(firstNine: string): number | null {
  if (!/^[0-9]{9}$/.test(firstNine)) throw new RangeError('nhsCheckDigit needs exactly nine digits')
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(firstNine[i]) * (10 - i)
  const check = 11 - (sum % 11)
  if (check === 11) return 0
  if (check === 10) return null
  return check
}

/** True for a well-formed NHS number whose check digit is right. */
export function isValidNhsNumber(text: string): boolean {
  const digits = normaliseNhsNumber(text)
  if (digits === null) return false
  const check = nhsCheckDigit(digits.slice(0, 9))
  return check !== null && check === Number(digits[9])
}

/** Shows an NHS number the NHS way, 3-3-4: '9434765919' → '943 476 5919'. Other text comes back trimmed. */
export function formatNhsNumber(digits: string): string {
  const d = normaliseNhsNumber(digits)
  if (d === null) return digits.trim()
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`
}

/**
 * What is wrong with a typed NHS number, as a sentence to show beside the field; null when it is valid.
 * A blank optional field is the caller's business: blank text is reported as the wrong length.
 */
export function nhsNumberProblem(text: string): string | null {
  const digits = normaliseNhsNumber(text)
  if (digits === null) return 'An NHS number has 10 digits.'
  if (!isValidNhsNumber(digits)) return "That NHS number's check digit is wrong: please check it."
  return null
}
