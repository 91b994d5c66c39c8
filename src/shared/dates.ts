/** Dates cross the boundary as ISO `yyyy-mm-dd` strings; timestamps as ISO UTC strings. */
export type IsoDate = string

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when the text is a real calendar date in `yyyy-mm-dd` form (no 31 February). */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const dt = new Date(Date.UTC(y, mo - 1, d))
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d
}

/** Today's date (UTC calendar) from an instant. */
export function toIsoDate(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10)
}

/**
 * The calendar date where the program runs (the office PC's own time zone), as ISO. "Today" for people
 * means this, not the UTC date: between midnight and 1am in summer they differ.
 */
export function localIsoDate(instant: Date): IsoDate {
  const y = instant.getFullYear()
  const m = String(instant.getMonth() + 1).padStart(2, '0')
  const d = String(instant.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

/** Adds whole days to an ISO date. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const dt = new Date(`${date}T00:00:00Z`)
  dt.setUTCDate(dt.getUTCDate() + days)
  return toIsoDate(dt)
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return toIsoDate(target)
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Shows an ISO date the en-GB way: 2026-11-25 → 25/11/2026. */
export function formatDate(date: IsoDate | null | undefined): string {
  if (!date) return ''
  const m = ISO_DATE.exec(date.slice(0, 10))
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date
}

/** Shows an ISO timestamp as en-GB local date and time: 25/11/2026, 18:30. */
export function formatDateTime(timestamp: string | null | undefined): string {
  if (!timestamp) return ''
  const dt = new Date(timestamp)
  if (Number.isNaN(dt.getTime())) return timestamp
  return dt.toLocaleString('en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })
}
