import { formatDate, isIsoDate } from '../../shared/dates'

const UK = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/
const ISO = /^\d{4}-\d{2}-\d{2}$/

/**
 * Reads a date typed the en-GB way ("25/11/2026", "5/1/2026", "25-11-2026"; an ISO date also
 * works) as yyyy-mm-dd. Null for a blank field; undefined when the text is not a real date.
 *
 * @example readUkDate('25/11/2026') // '2026-11-25'
 */
export function readUkDate(text: string): string | null | undefined {
  const t = text.trim()
  if (t === '') return null
  if (ISO.test(t)) return isIsoDate(t) ? t : undefined
  const m = UK.exec(t)
  if (!m) return undefined
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`
  return isIsoDate(iso) ? iso : undefined
}

/** The message for a date field that does not hold a real date (null when it is fine or blank). */
export function ukDateProblem(text: string, isRequired = false): string | null {
  const value = readUkDate(text)
  if (value === undefined) {
    const m = UK.exec(text.trim())
    if (m) return `${text.trim()} is not a real date: check the day and the month.`
    if (/^\d{1,2}[/.\- ]\d{1,2}[/.\- ]\d{2}$/.test(text.trim())) {
      return 'Write the year in full, like 25/11/2026.'
    }
    return 'Write the date as day/month/year, like 25/11/2026.'
  }
  if (value === null && isRequired) return 'Enter the date, like 25/11/2026.'
  return null
}

/** An ISO date for the backend from what was typed (null for blank or not a date). */
export function isoFromUk(text: string): string | null {
  return readUkDate(text) ?? null
}

/** An ISO date shown for typing in a date field: 2026-11-25 → "25/11/2026". */
export function ukFromIso(iso: string | null | undefined): string {
  return formatDate(iso ?? null)
}
