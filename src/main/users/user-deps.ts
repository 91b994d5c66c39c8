import type { Db } from '../db/handles'
import type { WriteContext } from '../kernel'
import { readOrganisationName } from '../organisation'
import type { UserDeps } from './user-service'

/** What the user-admin use cases need from a call: the open file, its transaction and the clock. */
export async function userDeps(
  ctx: Pick<WriteContext, 'store' | 'host' | 'now'>,
  db: Db,
): Promise<UserDeps> {
  return {
    store: ctx.store(),
    db,
    kdf: ctx.host.kdf,
    now: ctx.now,
    organisationName: await readOrganisationName(db),
  }
}
