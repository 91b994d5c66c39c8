import { AppFailure } from '../../shared/result'
import type { HandlerMap, JobContext } from '../kernel'
import { backupStatus, makeAndRecordBackup } from './backup-making'
import { recordRestoreInside } from './backup-restore'
import { type KeyResolver, keyFromCredentials, restoreBackup, verifyBackup } from './backup-service'

const STAGES = 4

/**
 * The key for a backup: a password given with the call (checked against the backup's own keyring),
 * or else the open data file's key when the caller is signed in.
 */
function keyResolver(
  ctx: JobContext,
  input: { username?: string; password?: string },
): KeyResolver {
  if (input.password) {
    return keyFromCredentials(input.username ?? ctx.session?.user.username, input.password)
  }
  if (!ctx.session || ctx.session.isLocked) {
    throw new AppFailure(
      'AUTH.NOT_SIGNED_IN',
      'Sign in, or give a password that was valid in that backup.',
    )
  }
  const store = ctx.store()
  return async () => store.dataKey
}

/** Checks and restores are audited in the open file when someone is signed in to one. */
function isSignedIn(ctx: JobContext): boolean {
  return ctx.session !== undefined && !ctx.session.isLocked && ctx.hasStore()
}

export const backupHandlers: HandlerMap<
  'backup.status' | 'backup.create' | 'backup.verify' | 'backup.restore'
> = {
  async 'backup.status'(_input, ctx) {
    return backupStatus(ctx.db(), ctx.now)
  },

  async 'backup.create'(input, ctx) {
    const made = await makeAndRecordBackup(
      ctx.store(),
      'manual',
      input.file ?? null,
      ctx.now,
      (entry, db) => ctx.audit(entry, db),
      (stage, index) => ctx.progress(index, STAGES, stage),
    )
    await ctx.progress(STAGES, STAGES, 'done')
    return made
  },

  async 'backup.verify'(input, ctx) {
    const checked = await verifyBackup(input.file, keyResolver(ctx, input), (stage, i) =>
      ctx.progress(i, 3, stage),
    )
    if (isSignedIn(ctx)) {
      await ctx.audit({
        action: 'backup.verify',
        entityType: 'backup',
        entityId: input.file,
        summary: 'verified',
      })
    }
    return checked
  },

  async 'backup.restore'(input, ctx) {
    const restored = await restoreBackup(
      input.file,
      input.to,
      keyResolver(ctx, input),
      (stage, i) => ctx.progress(i, 4, stage),
    )
    const { dataKey, databaseId: _id, ...checked } = restored
    await ctx.progress(3, 4, 'recording the restore in the restored file')
    await recordRestoreInside(input.to, dataKey, {
      at: ctx.now,
      actor: ctx.session?.user.username ?? input.username ?? null,
      from: input.file,
      backupMadeAt: checked.createdAt,
    })
    if (isSignedIn(ctx)) {
      await ctx.audit({
        action: 'backup.restore',
        entityType: 'backup',
        entityId: input.file,
        summary: `to ${input.to}`,
      })
    }
    return { ...checked, restoredTo: input.to }
  },
}
