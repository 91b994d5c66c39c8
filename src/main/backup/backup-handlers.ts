import { AppFailure } from '../../shared/result'
import { type HandlerMap, type JobContext, requireSession } from '../kernel'
import { backupStatus, makeAndRecordBackup } from './backup-making'
import { recordRestoreInside } from './backup-restore'
import { recordDrill, runRestoreDrill } from './restore-drill'
import { formatDateTime } from '../../shared/dates'
import { anchorProblem } from '../audit'
import type { Store } from '../db/store'
import {
  type BackupChecked,
  type KeyResolver,
  keyFromCredentials,
  restoreBackup,
  verifyBackup,
} from './backup-service'

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

/**
 * Whether the open file's audit log still holds the newest event of a backup of it: a log rewritten
 * since the backup (even with its own anchor made to match) is caught here.
 */
async function compareAuditLog(store: Store, checked: BackupChecked) {
  if (checked.databaseId !== store.keyring.databaseId || !checked.auditAnchor) return null
  const made = formatDateTime(checked.createdAt)
  const problem = await anchorProblem(store.db, checked.auditAnchor, `the backup made ${made}`)
  return problem
    ? { holdsBackup: false, message: `The audit log does not match this backup: ${problem}.` }
    : {
        holdsBackup: true,
        message: `The audit log still holds every event this backup has (up to event ${checked.auditAnchor.id}).`,
      }
}

/** Checks and restores are audited in the open file when someone is signed in to one. */
function isSignedIn(ctx: JobContext): boolean {
  return ctx.session !== undefined && !ctx.session.isLocked && ctx.hasStore()
}

export const backupHandlers: HandlerMap<
  'backup.status' | 'backup.create' | 'backup.verify' | 'backup.restore' | 'backup.testRestore'
> = {
  async 'backup.testRestore'(input, ctx) {
    const startedAt = ctx.now
    const report = await runRestoreDrill(ctx.store(), input.file ?? null, (stage, i) =>
      ctx.progress(i, 4, stage),
    )
    await ctx.transaction(async (db) => {
      await recordDrill(db, report, startedAt, new Date(), requireSession(ctx).user.id)
      await ctx.audit(
        {
          action: 'backup.testRestore',
          entityType: 'backup',
          entityId: report.backupPath || null,
          summary: `Restore drill ${report.result}`,
        },
        db,
      )
    })
    return report
  },

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
    if (!isSignedIn(ctx)) return { ...checked, auditLog: null }
    const auditLog = await compareAuditLog(ctx.store(), checked)
    await ctx.audit({
      action: 'backup.verify',
      entityType: 'backup',
      entityId: input.file,
      summary: auditLog ? `verified; ${auditLog.message}` : 'verified',
    })
    return { ...checked, auditLog }
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
    return { ...checked, auditLog: null, restoredTo: input.to }
  },
}
