import { rotateDataKey } from '../db/key-rotation'
import { AppFailure } from '../../shared/result'
import { acceptBrokenLog, verifyAuditLog } from '../audit'
import { type HandlerMap, type JobContext, requireSession } from '../kernel'
import { readKeyring } from '../db/keyring'
import { describeRepair, repairKeyring, unlockWithPassword, userDeps } from '../users'
import { checkDataFile } from './data-file-service'

/** Asks for the signed-in user's password again before work that cannot be undone. */
async function confirmPassword(ctx: JobContext, password: string): Promise<void> {
  await unlockWithPassword(
    ctx.host.dataFile,
    readKeyring(ctx.host.dataFile),
    requireSession(ctx).user.username,
    password,
    ctx.now,
    false,
  )
}

export const dbHandlers: HandlerMap<
  'db.check' | 'db.repairKeyring' | 'db.acceptAuditBreak' | 'db.rotateKey'
> = {
  async 'db.check'(_input, ctx) {
    return checkDataFile(ctx.store(), ctx.db())
  },

  async 'db.repairKeyring'(_input, ctx) {
    const repair = await repairKeyring(await userDeps(ctx, ctx.db()))
    ctx.note({ entityType: 'keyring', summary: describeRepair(repair) })
    return repair
  },

  async 'db.acceptAuditBreak'(input, ctx) {
    await confirmPassword(ctx, input.password)
    const store = ctx.store()
    const found = await verifyAuditLog(store)
    if (found.isIntact) {
      throw new AppFailure('INPUT.INVALID', 'The audit log is intact: there is nothing to accept.')
    }
    const session = requireSession(ctx)
    const accepted = `Found broken at event ${found.firstBroken!.id}: ${found.firstBroken!.reason}. Accepted: ${input.reason}`
    await acceptBrokenLog(
      store.db,
      { dataFile: store.file, databaseId: store.keyring.databaseId },
      {
        at: ctx.now.toISOString(),
        actorUserId: session.user.id,
        actor: session.user.username,
        action: 'db.acceptAuditBreak',
        entityType: 'audit_log',
        entityId: String(found.firstBroken!.id),
        summary: accepted,
        digest: null,
      },
    )
    delete session.auditProblem
    return { accepted }
  },

  async 'db.rotateKey'(input, ctx) {
    const store = ctx.store()
    // Re-encrypting everything is asked for again with the password, not just the open session.
    await confirmPassword(ctx, input.password)
    await ctx.progress(0, 1, 'Re-encrypting the data file')
    await rotateDataKey(store, () =>
      ctx.audit({ action: 'db.rotateKey', summary: 'Data key rotated; all users re-sealed' }),
    )
    return { done: true as const }
  },
}
