import { formatDateTime } from '../../shared/dates'
import { AppFailure } from '../../shared/result'

/**
 * A time typed a few minutes ahead of this PC's clock (14:30 typed at 14:28, or another PC's clock
 * a little fast) is not a note dated in the future.
 */
const CLOCK_GRACE_MS = 15 * 60 * 1000

/**
 * Refuses a note dated after now: a case note records what has already happened, and one dated
 * ahead would sit at the top of the list for months. The problem is put on the `occurredAt` field.
 */
export function requireHappened(occurredAt: string, now: Date): string {
  const at = new Date(occurredAt)
  if (at.getTime() > now.getTime() + CLOCK_GRACE_MS) {
    const message = `The note is dated ${formatDateTime(at.toISOString())}, which is in the future: a note records what has already happened. Check the date and time.`
    throw new AppFailure('INPUT.INVALID', message, {
      issues: [{ path: 'occurredAt', message }],
    })
  }
  return at.toISOString()
}
