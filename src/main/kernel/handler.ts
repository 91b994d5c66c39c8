import type { RouteName, RouteOutput, RouteParsedInput, Routes } from '../../shared/contract/routes'
import type { KdfStrength } from '../db/key-derivation'
import type { Db, ReadDb } from '../db/handles'
import type { Store } from '../db/store'
import type { Session } from './session'

/** What a handler may say about the record it changed, for the router's audit event. */
export interface AuditNote {
  entityType?: string
  entityId?: string | number
  summary?: string
}

/** An audit event a handler writes itself (a record view, an export); the router fills the rest. */
export interface AuditEventInput {
  readonly action: string
  readonly at?: string
  readonly actorUserId?: number | null
  readonly actor?: string | null
  readonly entityType?: string | null
  readonly entityId?: string | null
  readonly summary?: string | null
  readonly digest?: string | null
}

/** What the backend hosting the call offers the areas, beyond the database. */
export interface HostServices {
  readonly dataFile: string
  /** argon2id strength for new key wraps (tests use a fast one). */
  readonly kdf: KdfStrength
  readonly host: 'electron' | 'web' | 'cli'
  /** Ends every session of a user (disabled, role changed, password reset). */
  endSessionsOf(userId: number): void
  /**
   * Settings changed (inside the route's transaction): the backend adopts what it keeps in memory,
   * such as the lock timeout, from the new values rather than reading the file mid-transaction.
   */
  settingsChanged(settings: { readonly lockAfterMinutes: number }): void
}

interface BaseContext {
  /** The caller's session; undefined on public routes before sign-in. Prefer `requireSession`. */
  readonly session: Session | undefined
  readonly now: Date
  readonly signal: AbortSignal
  readonly host: HostServices
  /**
   * The open store; throws `AUTH.NOT_SIGNED_IN` if none (only public routes can hit that). A write
   * route must query through `db()`: its transaction holds the connection, so `store().db` would wait
   * for it for ever.
   */
  store(): Store
  /** Whether a data file is open (public routes may run before one is). */
  hasStore(): boolean
  /** Reports progress and yields, so cancel requests are seen; throws `JOB.CANCELLED` once cancelled. */
  progress(done: number, total: number | null, label: string): Promise<void>
  /** Describes the change for the router's audit event. */
  note(note: AuditNote): void
  /**
   * Appends an audit event now: in the route's transaction for `write` routes, or in `db` when a job
   * passes its own transaction.
   */
  audit(entry: AuditEventInput, db?: Db): Promise<void>
}

/** A `read` route: queries only. */
export interface ReadContext extends BaseContext {
  db(): ReadDb
}

/** A `write` route: the router's transaction, with its audit event appended in it. */
export interface WriteContext extends BaseContext {
  db(): Db
}

/** A `job`: reads freely, writes in transactions of its own (all-or-nothing imports, seeding). */
export interface JobContext extends BaseContext {
  db(): ReadDb
  /** Runs `work` in one transaction: it commits when `work` returns, rolls back when it throws. */
  transaction<T>(work: (db: Db) => Promise<T>): Promise<T>
}

/** The context a route's handler gets, by the route's `kind`. */
export type ContextFor<N extends RouteName> = Routes[N]['kind'] extends 'write'
  ? WriteContext
  : Routes[N]['kind'] extends 'job'
    ? JobContext
    : ReadContext

export type Handler<N extends RouteName> = (
  input: RouteParsedInput<N>,
  ctx: ContextFor<N>,
) => Promise<RouteOutput<N>>

/** An area's handlers: one per route it serves. */
export type HandlerMap<N extends RouteName> = { [K in N]: Handler<K> }
