import type { Kysely } from 'kysely'
import type { RouteName, RouteOutput, RouteParsedInput } from '../../shared/contract/routes'
import type { AuditEntry } from '../audit/audit-chain'
import type { Database } from '../db/schema'
import type { Store } from '../db/store'
import type { BackendCore } from './backend-core'
import type { Session } from './session'

/** What a handler may say about the record it changed, for the router's audit event. */
export interface AuditNote {
  entityType?: string
  entityId?: string | number
  summary?: string
}

export interface HandlerContext {
  readonly core: BackendCore
  readonly connectionId: string
  /** The caller's session; undefined on public routes before sign-in. */
  readonly session: Session | undefined
  readonly now: Date
  readonly signal: AbortSignal
  /** The open store; throws `AUTH.NOT_SIGNED_IN` if none (only public routes can hit that). */
  store(): Store
  /** The database handle: the route's transaction for `write` routes. */
  db(): Kysely<Database>
  /** Reports progress and yields, so cancel requests are seen; throws `JOB.CANCELLED` once cancelled. */
  progress(done: number, total: number | null, label: string): Promise<void>
  /** Describes the change for the router's audit event. */
  note(note: AuditNote): void
  /**
   * Appends an audit event now: in the route's transaction for `write` routes, or in `db` when a job
   * passes its own transaction.
   */
  audit(entry: Partial<AuditEntry> & { action: string }, db?: Kysely<Database>): Promise<void>
}

export type Handler<N extends RouteName> = (
  input: RouteParsedInput<N>,
  ctx: HandlerContext,
) => Promise<RouteOutput<N>>

export type HandlerMap<N extends RouteName> = { [K in N]: Handler<K> }
