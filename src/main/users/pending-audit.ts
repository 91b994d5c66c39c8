import { randomUUID } from 'node:crypto'
import type { Db } from '../db/handles'
import { AppFailure } from '../../shared/result'
import { appendAuditEvent, type AuditEntry } from '../audit'
import { userLookup } from '../db/keyring'
import { describeFileError } from '../db/sqlite-file'
import { type PendingAuditEntry, readAttempts, updateAttempts } from './attempts-file'
import { listUsers } from './user-repository'

const keyOf = (e: PendingAuditEntry) => `${e.id ?? ''}|${e.lookup}|${e.at}|${e.reason}`

function isBusy(error: unknown, file: string): boolean {
  const failure = error instanceof AppFailure ? error : describeFileError(error, file)
  return failure?.code === 'DB.BUSY'
}

/** Keeps an event for the audit log beside the data file until the log can be written. */
export async function queueAuditEvent(
  file: string,
  entry: Omit<PendingAuditEntry, 'id'>,
): Promise<void> {
  await updateAttempts(file, (data) => {
    data.pendingAudit.push({ id: randomUUID(), ...entry })
  })
}

/**
 * Appends an event now, or, when another process keeps the data file busy past the wait, queues it
 * (by the user's keyring lookup) to be written at the next sign-in: the event is never lost.
 */
export async function auditOrQueue(
  file: string,
  db: Db,
  lookup: string,
  entry: AuditEntry,
): Promise<void> {
  try {
    await appendAuditEvent(db, entry)
  } catch (error) {
    if (!isBusy(error, file)) throw error
    await queueAuditEvent(file, {
      lookup,
      at: entry.at,
      action: entry.action,
      reason: entry.summary ?? 'written late: the data file was busy',
    })
  }
}

/**
 * Writes queued events (failed sign-ins, a sign-out that met a busy file) into the audit log, naming
 * the user. They are taken off the queue first, so two processes never write them twice, and put back
 * if the log cannot be written now (only a process killed in that moment loses them).
 */
export async function writeQueuedAuditEvents(
  file: string,
  db: Db,
  databaseId: string,
): Promise<void> {
  if (readAttempts(file).pendingAudit.length === 0) return
  const taken = await updateAttempts(file, (data) => {
    const pending = data.pendingAudit
    data.pendingAudit = []
    return pending
  })
  if (taken.length === 0) return
  try {
    const users = await listUsers(db)
    const byLookup = new Map(users.map((u) => [userLookup(databaseId, u.username), u]))
    await db.transaction().execute(async (trx) => {
      for (const entry of taken) {
        const user = byLookup.get(entry.lookup)
        await appendAuditEvent(trx, {
          at: entry.at,
          actorUserId: user?.id ?? null,
          actor: user?.username ?? null,
          action: entry.action ?? 'auth.signInFailed',
          entityType: null,
          entityId: null,
          summary: entry.reason,
          digest: null,
        })
      }
    })
  } catch (error) {
    await updateAttempts(file, (data) => {
      const present = new Set(data.pendingAudit.map(keyOf))
      data.pendingAudit = [...taken.filter((e) => !present.has(keyOf(e))), ...data.pendingAudit]
    })
    // Still queued: the next sign-in writes them.
    if (!isBusy(error, file)) throw error
  }
}
