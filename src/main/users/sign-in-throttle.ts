import { randomUUID } from 'node:crypto'
import { AppFailure } from '../../shared/result'
import { type AttemptRecord, readAttempts, updateAttempts } from './attempts-file'

export { type AttemptRecord, attemptsPathFor } from './attempts-file'

/**
 * Repeated wrong passwords slow further attempts. Counts are kept in a file beside the data file
 * (see attempts-file), because the CLI is a new process each time, so memory alone would not do.
 */

/** Free attempts before any wait, then 2, 4, 8 … seconds, capped at 5 minutes. */
export const FREE_ATTEMPTS = 3
const MAX_DELAY_SECONDS = 300

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0
  return Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_ATTEMPTS + 1))
}

/** Seconds the person must still wait before another attempt counts, or 0. */
export function secondsToWait(record: AttemptRecord | undefined, now: Date): number {
  if (!record) return 0
  const delay = delayAfter(record.failures)
  // A failure stamped after `now` (a call's start time, taken before its password was checked) has
  // just happened: wait the delay, never more.
  const elapsed = Math.max(0, (now.getTime() - Date.parse(record.lastFailureAt)) / 1000)
  return Math.max(0, Math.ceil(delay - elapsed))
}

export function tooManyAttempts(seconds: number): AppFailure {
  return new AppFailure(
    'AUTH.TOO_MANY_ATTEMPTS',
    `Too many wrong passwords. Wait ${seconds} second${seconds === 1 ? '' : 's'} and try again.`,
    { retryAfterSeconds: seconds },
  )
}

export function attemptRecord(file: string, lookup: string): AttemptRecord | undefined {
  return readAttempts(file).byLookup[lookup]
}

/**
 * Before a password is checked: refuses while the person must still wait, and otherwise counts the
 * attempt as failed until it is proven right. Counting first is what stops parallel guesses all
 * passing the check before any of them is counted.
 */
export async function beginAttempt(file: string, lookup: string, now: Date): Promise<void> {
  const wait = await updateAttempts(file, (data) => {
    const previous = data.byLookup[lookup]
    const seconds = secondsToWait(previous, now)
    if (seconds === 0) {
      data.byLookup[lookup] = {
        failures: (previous?.failures ?? 0) + 1,
        lastFailureAt: now.toISOString(),
      }
    }
    return seconds
  })
  if (wait > 0) throw tooManyAttempts(wait)
}

/** The attempt was not a wrong password after all (it was right, or the login is disabled). */
export async function withdrawAttempt(file: string, lookup: string): Promise<void> {
  await updateAttempts(file, (data) => {
    const record = data.byLookup[lookup]
    if (!record) return
    if (record.failures <= 1) delete data.byLookup[lookup]
    else record.failures -= 1
  })
}

/**
 * The attempt (already counted by `beginAttempt`) was a wrong password. `isQueuedForAudit` is false
 * when the caller writes the audit event itself (the data file is already open).
 */
export async function attemptFailed(
  file: string,
  lookup: string,
  now: Date,
  reason: string,
  isQueuedForAudit = true,
): Promise<AttemptRecord> {
  return updateAttempts(file, (data) => {
    const record = data.byLookup[lookup] ?? { failures: 1, lastFailureAt: now.toISOString() }
    data.byLookup[lookup] = record
    if (isQueuedForAudit) {
      data.pendingAudit.push({ id: randomUUID(), lookup, at: now.toISOString(), reason })
    }
    return record
  })
}

/** A successful sign-in or unlock: the person starts again with their free attempts. */
export async function resetAttempts(file: string, lookup: string): Promise<void> {
  if (!readAttempts(file).byLookup[lookup]) return
  await updateAttempts(file, (data) => {
    delete data.byLookup[lookup]
  })
}
