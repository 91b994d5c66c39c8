import { readFileSync } from 'node:fs'
import { writeFileAtomic } from '../db/atomic-file'
import { withFileLock } from '../db/file-lock'

/**
 * Failed sign-in counts and audit events waiting for the data file, kept in a small file beside it
 * (keyed by the keyring's username hash, so no names): a wrong password cannot write to the encrypted
 * database. Every change is a read-modify-write under a lock, because parallel attempts (the app, the
 * CLI, a script) would otherwise each write back what they read and lose the others' counts.
 */
export interface AttemptRecord {
  failures: number
  lastFailureAt: string
}

export interface PendingAuditEntry {
  /** Identifies the entry when it is taken off the queue (absent in files from older versions). */
  id?: string
  lookup: string
  at: string
  reason: string
  /** The audit action; failed sign-ins (the original use) leave it out. */
  action?: string
}

export interface AttemptsFile {
  byLookup: Record<string, AttemptRecord>
  /** Events not yet copied into the audit log (copied at the next successful sign-in). */
  pendingAudit: PendingAuditEntry[]
}

/** Keep the file small even under a long attack. */
const MAX_PENDING = 1000

export function attemptsPathFor(databaseFile: string): string {
  return `${databaseFile}.attempts`
}

export function readAttempts(file: string): AttemptsFile {
  try {
    const parsed = JSON.parse(readFileSync(attemptsPathFor(file), 'utf8')) as Partial<AttemptsFile>
    return { byLookup: parsed.byLookup ?? {}, pendingAudit: parsed.pendingAudit ?? [] }
  } catch {
    return { byLookup: {}, pendingAudit: [] }
  }
}

/** Applies `change` to the file as it is now, under its lock, and writes it back atomically. */
export function updateAttempts<T>(file: string, change: (data: AttemptsFile) => T): Promise<T> {
  return withFileLock(`${attemptsPathFor(file)}.lock`, () => {
    const data = readAttempts(file)
    const result = change(data)
    if (data.pendingAudit.length > MAX_PENDING)
      data.pendingAudit = data.pendingAudit.slice(-MAX_PENDING)
    writeFileAtomic(attemptsPathFor(file), JSON.stringify(data))
    return result
  })
}
