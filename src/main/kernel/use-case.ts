import type { Db, ReadDb } from '../db/handles'
import { type Actor, actorOf, requireSession } from './session'
import type { JobContext, ReadContext, WriteContext } from './handler'

/**
 * What an area's use case works with: a database handle, who is acting and the time. Writing use
 * cases take `UseCase<Db>` (the route's transaction); reading ones take `UseCase<ReadDb>`, which a
 * writing caller can pass too.
 */
export interface UseCase<D extends ReadDb = Db> {
  readonly db: D
  readonly actor: Actor
  readonly now: Date
}

/**
 * The use-case context of a handler's call: its database handle (read-only for read routes and
 * jobs), the signed-in actor and the call's time.
 *
 * @example
 * async 'plans.get'(input, ctx) { return getPlan(useCase(ctx), input.planRef) }
 */
export function useCase(ctx: WriteContext): UseCase<Db>
export function useCase(ctx: ReadContext | JobContext): UseCase<ReadDb>
export function useCase(ctx: ReadContext | WriteContext | JobContext): UseCase<ReadDb> {
  return { db: ctx.db(), actor: actorOf(requireSession(ctx)), now: ctx.now }
}
