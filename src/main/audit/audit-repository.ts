import type { Db, ReadDb } from '../db/handles'
import type { AuditEventRow } from '../db/schema'
import { type AuditEntry, type ChainedEvent, GENESIS_HASH, hashEvent } from './audit-chain'

const HEAD_KEY = 'audit_head'

/**
 * Appends one event to the chain. Call it inside the transaction that made the change, so the change
 * and its record commit together.
 */
export async function appendAuditEvent(db: Db, entry: AuditEntry): Promise<number> {
  // The event and the head that anchors it are written together or not at all, also when the
  // caller (a read route auditing a record view, sign-in) has no transaction of its own.
  if (!db.isTransaction) return db.transaction().execute((trx) => appendAuditEvent(trx, entry))
  const last = await db
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
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
