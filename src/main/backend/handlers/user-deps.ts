import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { readOrganisationName } from '../../settings/settings-repository'
import type { UserDeps } from '../../users/user-service'
import type { HandlerContext } from '../context'

export async function userDeps(ctx: HandlerContext, db: Kysely<Database>): Promise<UserDeps> {
  return {
    store: ctx.store(),
    db,
    kdf: ctx.core.kdf,
    now: ctx.now,
    organisationName: await readOrganisationName(db),
  }
}
