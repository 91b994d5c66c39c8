import type { AuditEventRow } from '../db/schema'
import type { SqliteDb } from '../db/sqlite-file'
import type { Store } from '../db/store'
import { type AnchorPoint, anchorProblem, readAnchor } from './audit-anchor'
import { type ChainedEvent, type ChainVerification, verifyChain } from './audit-chain'
import { readAuditHead, rowToChainedEvent } from './audit-repository'

/** An anchor from elsewhere (a backup, one written down) that the log must still hold. */
export interface OutsideAnchor extends AnchorPoint {
  /** Where it came from, for the message: "the backup made 01/12/2026", "the anchor you gave". */
  readonly source: string
}

/**
 * Verifies the whole audit chain, streaming rows so a long log does not sit in memory at once, then
 * checks it still holds the anchor beside the data file and any anchors from outside (backups).
 */
export async function verifyAuditLog(
  store: Store,
  outside: readonly OutsideAnchor[] = [],
): Promise<ChainVerification> {
  const head = await readAuditHead(store.db)
  const statement = store.sqlite.prepare(`SELECT * FROM audit_events ORDER BY id`)
  function* events(): Generator<ChainedEvent> {
    for (const row of statement.iterate() as IterableIterator<AuditEventRow>) {
      yield rowToChainedEvent(row)
    }
  }
  const chain = verifyChain(events(), head)
  if (!chain.isIntact) return chain
  const anchors: OutsideAnchor[] = []
  try {
    const own = await readAnchor(store.db, {
      dataFile: store.file,
      databaseId: store.keyring.databaseId,
    })
    if (own) anchors.push({ ...own, source: 'the anchor beside the data file' })
  } catch (error) {
    return { ...chain, isIntact: false, firstBroken: { id: 0, reason: messageOf(error) } }
  }
  for (const anchor of [...anchors, ...outside]) {
    const problem = await anchorProblem(store.db, anchor, anchor.source)
    if (problem)
      return { ...chain, isIntact: false, firstBroken: { id: anchor.id, reason: problem } }
  }
  return chain
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/\.$/, '')
}

/**
 * Verifies the chain in a raw copy of a data file (a backup opened for a restore drill): every link,
 * and its head marker. Anchors are not checked here; the caller compares the copy's newest event with
 * the live log.
 */
export function verifyChainIn(sqlite: SqliteDb): ChainVerification {
  const headRow = sqlite
    .prepare(`SELECT value FROM casebook_meta WHERE key = 'audit_head'`)
    .get() as { value: string } | undefined
  const head = headRow ? (JSON.parse(headRow.value) as AnchorPoint) : null
  const statement = sqlite.prepare(`SELECT * FROM audit_events ORDER BY id`)
  function* events(): Generator<ChainedEvent> {
    for (const row of statement.iterate() as IterableIterator<AuditEventRow>) {
      yield rowToChainedEvent(row)
    }
  }
  return verifyChain(events(), head)
}
