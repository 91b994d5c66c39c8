import { AppFailure } from '../../../shared/result'
import { formatDateTime } from '../../../shared/dates'
import { appendAuditEvent } from '../../audit/audit-repository'
import { lastBackup, rowToBackupInfo } from '../../backup/backup-repository'
import {
  type KeyResolver,
  keyFromCredentials,
  restoreBackup,
  verifyBackup,
} from '../../backup/backup-service'
import { readKeyring } from '../../db/keyring'
import { openStore } from '../../db/store'
import { readStoredSettings } from '../../settings/settings-repository'
import type { HandlerContext, HandlerMap } from '../context'

const OVERDUE_DAYS = 7
const STAGES = 4

/**
 * The key for a backup: a password given with the call (checked against the backup's own keyring),
 * or else the open data file's key when the caller is signed in.
 */
function keyResolver(
  ctx: HandlerContext,
  input: { username?: string; password?: string },
): KeyResolver {
  if (input.password) {
    return keyFromCredentials(input.username ?? ctx.session?.user.username, input.password)
  }
  const session = ctx.session
  const store = ctx.core.store
  if (!store || !session || session.isLocked) {
    throw new AppFailure(
      'AUTH.NOT_SIGNED_IN',
      'Sign in, or give a password that was valid in that backup.',
    )
  }
  return async () => store.dataKey
}

export const backupHandlers: HandlerMap<
  'backup.status' | 'backup.create' | 'backup.verify' | 'backup.restore'
> = {
  async 'backup.status'(_input, ctx) {
    const db = ctx.db()
    const settings = await readStoredSettings(db)
    const last = await lastBackup(db)
    const days = last
      ? Math.floor((ctx.now.getTime() - Date.parse(last.created_at)) / 86_400_000)
      : null
    const isOverdue = days === null || days >= OVERDUE_DAYS
    let message: string
    if (!last) {
      message = settings.backupFolder
        ? 'There is no backup yet. Make one now.'
        : 'There is no backup yet. Choose a backup folder in Settings, then make one.'
    } else if (isOverdue) {
      message = `The last good backup was ${days} days ago (${formatDateTime(last.created_at)}). Make one now.`
    } else {
      message = `Last good backup: ${formatDateTime(last.created_at)}${days === 0 ? ' (today)' : ''}.`
    }
    return {
      folder: settings.backupFolder,
      lastGood: last ? rowToBackupInfo(last) : null,
      daysSinceLastGood: days,
      isOverdue,
      message,
    }
  },

  async 'backup.create'(input, ctx) {
    const made = await ctx.core.makeBackup(
      'manual',
      input.file ?? null,
      ctx.session,
      async (stage, index) => {
        await ctx.progress(index, STAGES, stage)
      },
    )
    await ctx.progress(STAGES, STAGES, 'done')
    return made
  },

  async 'backup.verify'(input, ctx) {
    const checked = await verifyBackup(input.file, keyResolver(ctx, input), (stage, i) =>
      ctx.progress(i, 3, stage),
    )
    if (ctx.core.store && ctx.session) {
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
    // Record the restore inside the restored file itself (migrating it if it is older).
    const store = openStore(input.to, dataKey, readKeyring(input.to), { now: () => ctx.now })
    try {
      await appendAuditEvent(store.db, {
        at: ctx.now.toISOString(),
        actorUserId: null,
        actor: ctx.session?.user.username ?? input.username ?? null,
        action: 'backup.restore',
        entityType: 'backup',
        entityId: input.file,
        summary: `Restored from a backup made ${checked.createdAt}`,
        digest: null,
      })
    } finally {
      store.close()
    }
    if (ctx.core.store && ctx.session) {
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
