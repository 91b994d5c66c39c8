import type { Store } from '../db/store'
import type { ChainedEvent, ChainVerification } from './audit-chain'
import { verifyChain } from './audit-chain'
import { readAuditHead, rowToChainedEvent } from './audit-repository'
import type { AuditEventRow } from '../db/schema'

/**
 * Verifies the whole audit chain, streaming rows so a long log does not sit in memory at once.
 */
export async function verifyAuditLog(store: Store): Promise<ChainVerification> {
  const head = await readAuditHead(store.db)
  const statement = store.sqlite.prepare(`SELECT * FROM audit_events ORDER BY id`)
  function* events(): Generator<ChainedEvent> {
    for (const row of statement.iterate() as IterableIterator<AuditEventRow>) {
      yield rowToChainedEvent(row)
    }
  }
  return verifyChain(events(), head)
}
