import { daysBetween, localIsoDate } from '../../../../shared/dates'

/** The review windows people can choose, in weeks; 6 weeks matches the backend's default (42 days). */
export const REVIEW_WEEKS = [2, 6, 12] as const
export type ReviewWeeks = (typeof REVIEW_WEEKS)[number]
export const DEFAULT_REVIEW_WEEKS: ReviewWeeks = 6

/** The `?reviews=` value from the address, or the default when it is missing or not one of ours. */
export function reviewWeeksFrom(value: string | null): ReviewWeeks {
  const weeks = Number(value)
  return REVIEW_WEEKS.find((w) => w === weeks) ?? DEFAULT_REVIEW_WEEKS
}

/** "1 day", "12 days". */
function days(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'day' : 'days'}`
}

/** The local calendar date of an ISO timestamp, as `yyyy-mm-dd`. */
export function localDateOf(timestamp: string): string {
  return localIsoDate(new Date(timestamp))
}

/** When a review is due, in words from `today`: "today", "tomorrow", "in 5 days", "overdue by 3 days". */
export function dueInWords(due: string, today: string): string {
  const n = daysBetween(today, due)
  if (n < 0) return `overdue by ${days(-n)}`
  if (n === 0) return 'today'
  if (n === 1) return 'tomorrow'
  return `in ${days(n)}`
}

/** How long since a date, in words: "today", "yesterday", "12 days ago". */
export function agoInWords(date: string, today: string): string {
  const n = daysBetween(date, today)
  if (n <= 0) return 'today'
  if (n === 1) return 'yesterday'
  return `${days(n)} ago`
}

/** How long a plan has waited since `since`: "less than a day", "1 day", "12 days". */
export function waitedInWords(since: string, today: string): string {
  const n = daysBetween(since, today)
  return n <= 0 ? 'less than a day' : days(n)
}

/** A date that may be past or future, in words: "today", "in 5 days", "5 days ago". */
export function relativeInWords(date: string, today: string): string {
  const n = daysBetween(today, date)
  if (n === 0) return 'today'
  if (n === 1) return 'tomorrow'
  if (n === -1) return 'yesterday'
  return n > 0 ? `in ${days(n)}` : `${days(-n)} ago`
}
