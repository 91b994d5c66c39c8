import { rotateDataKey } from '../db/key-rotation'
import { type HandlerMap, requireSession } from '../kernel'
import { readKeyring } from '../db/keyring'
import { describeRepair, repairKeyring, unlockWithPassword, userDeps } from '../users'
import { checkDataFile } from './data-file-service'

export const dbHandlers: HandlerMap<'db.check' | 'db.repairKeyring' | 'db.rotateKey'> = {
  async 'db.check'(_input, ctx) {
    return checkDataFile(ctx.store(), ctx.db())
  },

  async 'db.repairKeyring'(_input, ctx) {
    const repair = await repairKeyring(await userDeps(ctx, ctx.db()))
    ctx.note({ entityType: 'keyring', summary: describeRepair(repair) })
    return repair
  },

  async 'db.rotateKey'(input, ctx) {
    const store = ctx.store()
    // Re-encrypting everything is asked for again with the password, not just the open session.
    await unlockWithPassword(
      ctx.host.dataFile,
      readKeyring(ctx.host.dataFile),
      requireSession(ctx).user.username,
      input.password,
      ctx.now,
      false,
    )
    await ctx.progress(0, 1, 'Re-encrypting the data file')
    await rotateDataKey(store)
    await ctx.audit({ action: 'db.rotateKey', summary: 'Data key rotated; all users re-sealed' })
    return { done: true as const }
  },
}
