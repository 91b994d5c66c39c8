import { createHmac } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers'
import { anchorPathFor } from '../../src/main/audit'
import { GENESIS_HASH, hashEvent } from '../../src/main/audit/audit-chain'

/**
 * What someone holding the data key could do to the audit log with SQLCipher tools, as functions the
 * tamper suite applies to a real file. Each returns nothing: the suite then asks Casebook whether it
 * noticed.
 */
type Sqlite = BetterSqlite3.Database

interface EventRow {
  id: number
  at: string
  actor_user_id: number | null
  actor: string | null
  action: string
  entity_type: string | null
  entity_id: string | null
  summary: string | null
  digest: string | null
  prev_hash: string
  hash: string
}

export function dropGuards(sqlite: Sqlite): void {
  sqlite.exec('DROP TRIGGER IF EXISTS audit_events_no_update')
  sqlite.exec('DROP TRIGGER IF EXISTS audit_events_no_delete')
}

export function eventIds(sqlite: Sqlite): number[] {
  return sqlite.prepare('SELECT id FROM audit_events ORDER BY id').pluck().all() as number[]
}

function setHead(sqlite: Sqlite, head: { id: number; hash: string } | null): void {
  if (!head) sqlite.prepare(`DELETE FROM casebook_meta WHERE key = 'audit_head'`).run()
  else
    sqlite
      .prepare(`UPDATE casebook_meta SET value = ? WHERE key = 'audit_head'`)
      .run(JSON.stringify(head))
}

/** Removes the newest `n` events and, being careful, moves the head marker back to match. */
export function truncateTail(sqlite: Sqlite, n: number, fixHead = true): void {
  dropGuards(sqlite)
  const ids = eventIds(sqlite)
  const keep = ids.slice(0, ids.length - n)
  sqlite.prepare('DELETE FROM audit_events WHERE id > ?').run(keep[keep.length - 1] ?? 0)
  if (fixHead) {
    const last = sqlite
      .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
      .get() as { id: number; hash: string } | undefined
    setHead(sqlite, last ?? null)
  }
}

/**
 * Rewrites events from `fromId` on with `change`, then rehashes them and every later link and the
 * head, so the chain is consistent again: only an anchor kept elsewhere can tell.
 */
export function rewriteAndRehash(
  sqlite: Sqlite,
  fromId: number,
  change: (row: EventRow) => EventRow,
): void {
  dropGuards(sqlite)
  const rows = sqlite.prepare('SELECT * FROM audit_events ORDER BY id').all() as EventRow[]
  let prev = GENESIS_HASH
  const update = sqlite.prepare(
    'UPDATE audit_events SET summary = ?, actor = ?, prev_hash = ?, hash = ? WHERE id = ?',
  )
  for (const original of rows) {
    const row = original.id >= fromId ? change(original) : original
    const entry = {
      at: row.at,
      actorUserId: row.actor_user_id,
      actor: row.actor,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      summary: row.summary,
      digest: row.digest,
    }
    const hash = original.id >= fromId ? hashEvent(row.id, prev, entry) : row.hash
    if (original.id >= fromId) update.run(row.summary, row.actor, prev, hash, row.id)
    prev = hash
  }
  setHead(sqlite, { id: rows[rows.length - 1]!.id, hash: prev })
}

/**
 * Forges the anchor file to match the log as it now is, using the anchor key kept inside the data
 * file: what an attacker with the data key can also do. Only a backup's anchor catches this.
 */
export function forgeAnchor(sqlite: Sqlite, dataFile: string, databaseId: string): void {
  const key = Buffer.from(
    sqlite
      .prepare(`SELECT value FROM casebook_meta WHERE key = 'audit_anchor_key'`)
      .pluck()
      .get() as string,
    'hex',
  )
  const last = sqlite
    .prepare('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1')
    .get() as {
    id: number
    hash: string
  }
  const mac = createHmac('sha256', key)
    .update(`${databaseId}\n${last.id}\n${last.hash}`)
    .digest('hex')
  const file = anchorPathFor(dataFile)
  const anchor = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  writeFileSync(file, JSON.stringify({ ...anchor, id: last.id, hash: last.hash, mac }))
}
