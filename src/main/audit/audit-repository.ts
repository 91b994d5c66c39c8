import type { Db, ReadDb } from '../db/handles'
import type { AuditEventRow } from '../db/schema'
import {
  type AnchorPlace,
  anchorProblem,
  type AnchorPoint,
  brokenLog,
  readAnchor,
  writeAnchor,
} from './audit-anchor'
import { type AuditEntry, type ChainedEvent, GENESIS_HASH, hashEvent } from './audit-chain'

const HEAD_KEY = 'audit_head'

/**
 * Appends one event to the chain. Call it inside the transaction that made the change, so the change
 * and its record commit together.
 */
export async function appendAuditEvent(
  db: Db,
  entry: AuditEntry,
  anchor?: AnchorPlace,
): Promise<number> {
  // The event and the head that anchors it are written together or not at all, also when the
  // caller (a read route auditing a record view, sign-in) has no transaction of its own.
  if (!db.isTransaction) {
    return db.transaction().execute((trx) => appendAuditEvent(trx, entry, anchor))
  }
  // Never write onto a log that has been cut short or rewritten: that would bury the evidence.
  if (anchor) await checkAgainstAnchor(db, anchor)
  const last = await readLastEvent(db)
  const id = (last?.id ?? 0) + 1
  const prevHash = last?.hash ?? GENESIS_HASH
  const hash = hashEvent(id, prevHash, entry)
  await db
    .insertInto('audit_events')
    .values({
      id,
      at: entry.at,
      actor_user_id: entry.actorUserId,
      actor: entry.actor,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      summary: entry.summary,
      digest: entry.digest,
      prev_hash: prevHash,
      hash,
    })
    .execute()
  const head = JSON.stringify({ id, hash })
  await db
    .insertInto('casebook_meta')
    .values({ key: HEAD_KEY, value: head })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: head }))
    .execute()
  return id
}

export function rowToChainedEvent(row: AuditEventRow): ChainedEvent {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    actor: row.actor,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    summary: row.summary,
    digest: row.digest,
    prevHash: row.prev_hash,
    hash: row.hash,
  }
}

export async function readAuditHead(db: ReadDb): Promise<{ id: number; hash: string } | null> {
  const row = await db
    .selectFrom('casebook_meta')
    .select('value')
    .where('key', '=', HEAD_KEY)
    .executeTakeFirst()
  return row ? (JSON.parse(row.value) as { id: number; hash: string }) : null
}

export async function listAuditEvents(
  db: ReadDb,
  options: { since?: string; beforeId?: number; limit: number },
): Promise<AuditEventRow[]> {
  let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(options.limit)
  if (options.since) query = query.where('at', '>=', options.since)
  if (options.beforeId) query = query.where('id', '<', options.beforeId)
  return query.execute()
}

/**
 * Refuses (AUDIT.BROKEN) when the log no longer holds the anchored event unchanged: events removed
 * from the end, the whole log emptied, or the anchored event rewritten. A missing anchor is refused
 * too once the file has had one.
 */
export async function checkAgainstAnchor(db: ReadDb, place: AnchorPlace): Promise<void> {
  const anchor = await readAnchor(db, place)
  if (!anchor) return
  const problem = await anchorProblem(db, anchor, 'the anchor beside the data file')
  if (problem) {
    throw brokenLog(
      `The audit log has been tampered with: ${problem}. Nothing can be recorded until an administrator has looked into it.`,
      { anchorId: anchor.id },
    )
  }
}

/**
 * Moves the anchor up to the newest committed event. Call it after a transaction that appended has
 * committed (never inside one: a rolled-back event must not be anchored). It never moves the anchor
 * back, so a log found shorter than its anchor stays reported.
 */
export async function syncAnchor(db: Db, keys: AnchorPlace): Promise<void> {
  const last = await readLastEvent(db)
  if (!last) return
  let anchor: AnchorPoint | null
  try {
    anchor = await readAnchor(db, keys)
  } catch {
    return // an altered or missing anchor is left as evidence; checks and `audit verify` report it
  }
  if (anchor && anchor.id >= last.id) return
  if (anchor) {
    try {
      await checkAgainstAnchor(db, keys)
    } catch {
      return // the anchored event was rewritten: keep the anchor that proves it
    }
  }
  await writeAnchor(db, keys, last)
}

/** The newest event's id and hash, as the log holds it now. */
export async function readLastEvent(db: ReadDb): Promise<AnchorPoint | null> {
  const last = await db
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return last ?? null
}

/**
 * Records that an administrator has seen a broken log and accepts it as it now stands: appends the
 * event saying so onto the log as it is (the one append allowed past a failed anchor check), then
 * anchors the new end. What was removed or rewritten stays unknown; that the break happened, when it
 * was found and who accepted it is now on the record for good.
 */
export async function acceptBrokenLog(
  db: Db,
  place: AnchorPlace,
  entry: AuditEntry,
): Promise<void> {
  await db.transaction().execute((trx) => appendAuditEvent(trx, entry))
  await anchorAtEnd(db, place)
}

/**
 * Anchors the log where it ends now, whatever anchor there was: for a file restored from a backup
 * (its anchor file stays behind with the old data file) and after a break is accepted.
 */
export async function anchorAtEnd(db: Db, place: AnchorPlace): Promise<void> {
  const last = await readLastEvent(db)
  if (last) await writeAnchor(db, place, last)
}
