import { AppFailure } from '../../../shared/result'
import { backupFolderProblem } from '../../backup/backup-service'
import { verifyAuditLog } from '../../audit/audit-service'
import { listAuditEvents } from '../../audit/audit-repository'
import { rotateDataKey } from '../../db/key-rotation'
import { migrations } from '../../db/migrations'
import { integrityCheck } from '../../db/sqlite-file'
import {
  readCouncils,
  readOrganisationName,
  readStoredSettings,
  writeCouncils,
  writeOrganisation,
  writeStoredSettings,
} from '../../settings/settings-repository'
import { unlockWithPassword } from '../../users/credentials'
import { checkKeyringAgreement, describeRepair, repairKeyring } from '../../users/keyring-agreement'
import type { HandlerContext, HandlerMap } from '../context'
import { userDeps } from './user-deps'

async function readSettings(ctx: HandlerContext) {
  const db = ctx.db()
  const stored = await readStoredSettings(db)
  return {
    organisationName: await readOrganisationName(db),
    councils: await readCouncils(db),
    ...stored,
  }
}

export const adminHandlers: HandlerMap<
  | 'audit.verify'
  | 'audit.list'
  | 'db.check'
  | 'db.repairKeyring'
  | 'db.rotateKey'
  | 'settings.get'
  | 'settings.update'
> = {
  async 'audit.verify'(_input, ctx) {
    return verifyAuditLog(ctx.store())
  },

  async 'audit.list'(input, ctx) {
    // "Since 25/11/2026" means from local midnight; events are stamped in UTC.
    const since = input.since ? new Date(`${input.since}T00:00:00`).toISOString() : undefined
    const rows = await listAuditEvents(ctx.db(), { ...input, since })
    return rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      summary: r.summary,
    }))
  },

  async 'db.check'(_input, ctx) {
    const store = ctx.store()
    const { sqlite } = store
    return {
      dataFile: store.file,
      cipher: String(sqlite.pragma('cipher', { simple: true })),
      cipherCompatibility: `SQLCipher ${String(sqlite.pragma('legacy', { simple: true }))}`,
      integrity: integrityCheck(sqlite),
      schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
      codeSchemaVersion: migrations.length,
      appliedMigrations: [
        ...store.migrationPlan.applied,
        ...store.migrationPlan.pending.map((m) => m.id),
      ],
      pendingMigrations: [],
      journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
      keyring: await checkKeyringAgreement(ctx.db(), ctx.core.currentKeyring()),
    }
  },

  async 'db.repairKeyring'(_input, ctx) {
    const repair = await repairKeyring(await userDeps(ctx, ctx.db()))
    ctx.note({ entityType: 'keyring', summary: describeRepair(repair) })
    return repair
  },

  async 'db.rotateKey'(input, ctx) {
    const store = ctx.store()
    const session = ctx.session!
    await unlockWithPassword(
      ctx.core.dataFile,
      ctx.core.currentKeyring(),
      session.user.username,
      input.password,
      ctx.now,
      false,
    )
    await ctx.progress(0, 1, 'Re-encrypting the data file')
    await rotateDataKey(store)
    await ctx.audit({ action: 'db.rotateKey', summary: 'Data key rotated; all users re-sealed' })
    return { done: true as const }
  },

  async 'settings.get'(_input, ctx) {
    return readSettings(ctx)
  },

  async 'settings.update'(input, ctx) {
    const db = ctx.db()
    const at = ctx.now.toISOString()
    const folderProblem = input.backupFolder ? backupFolderProblem(input.backupFolder) : null
    if (folderProblem) {
      throw new AppFailure('INPUT.INVALID', folderProblem, {
        issues: [{ path: 'backupFolder', message: folderProblem }],
      })
    }
    if (input.organisationName !== undefined)
      await writeOrganisation(db, input.organisationName, at)
    if (input.councils !== undefined) await writeCouncils(db, input.councils, at)
    const { organisationName: _name, councils: _councils, ...rest } = input
    await writeStoredSettings(db, rest)
    if (input.lockAfterMinutes !== undefined) ctx.core.lockAfterMinutes = input.lockAfterMinutes
    ctx.note({ entityType: 'settings', summary: `Changed: ${Object.keys(input).join(', ')}` })
    return readSettings(ctx)
  },
}
