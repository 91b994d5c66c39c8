import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../db/atomic-file'

/**
 * Repeated wrong passwords slow further attempts. Counts are kept in a small file beside the data
 * file (keyed by the same hash as the keyring, so no names), because a wrong password cannot write to
 * the encrypted database. The CLI is a new process each time, so memory alone would not do.
 */
export interface AttemptRecord {
  failures: number
  lastFailureAt: string
}

interface AttemptsFile {
  byLookup: Record<string, AttemptRecord>
  /** Failed attempts not yet copied into the audit log (copied at the next successful sign-in). */
  pendingAudit: { lookup: string; at: string; reason: string }[]
}

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
  const elapsed = (now.getTime() - Date.parse(record.lastFailureAt)) / 1000
  return Math.max(0, Math.ceil(delay - elapsed))
}

export function attemptsPathFor(databaseFile: string): string {
  return `${databaseFile}.attempts`
}

function read(file: string): AttemptsFile {
  try {
    const parsed = JSON.parse(readFileSync(attemptsPathFor(file), 'utf8')) as Partial<AttemptsFile>
    return { byLookup: parsed.byLookup ?? {}, pendingAudit: parsed.pendingAudit ?? [] }
  } catch {
    return { byLookup: {}, pendingAudit: [] }
  }
}

function write(file: string, data: AttemptsFile): void {
  writeFileAtomic(attemptsPathFor(file), JSON.stringify(data))
}

export function attemptRecord(file: string, lookup: string): AttemptRecord | undefined {
  return read(file).byLookup[lookup]
}

/**
 * Counts a failed attempt. `isQueuedForAudit` is false when the caller can write the audit event
 * itself (the data file is already open).
 */
export function recordFailure(
  file: string,
  lookup: string,
  now: Date,
  reason: string,
  isQueuedForAudit = true,
): AttemptRecord {
  const data = read(file)
  const previous = data.byLookup[lookup]
  const record = { failures: (previous?.failures ?? 0) + 1, lastFailureAt: now.toISOString() }
  data.byLookup[lookup] = record
  if (isQueuedForAudit) data.pendingAudit.push({ lookup, at: now.toISOString(), reason })
  // Keep the file small even under a long attack.
  if (data.pendingAudit.length > 1000) data.pendingAudit = data.pendingAudit.slice(-1000)
  write(file, data)
  return record
}

/** Clears the count after a success and hands back failures still to be written to the audit log. */
export function takePendingAndReset(file: string, lookup: string): AttemptsFile['pendingAudit'] {
  const data = read(file)
  const pending = data.pendingAudit
  if (!data.byLookup[lookup] && pending.length === 0) return []
  delete data.byLookup[lookup]
  data.pendingAudit = []
  write(file, data)
  return pending
}
