import type { Role } from '../../shared/roles'
import type { Council } from '../../shared/contract/organisation-schemas'
import { AppFailure } from '../../shared/result'
import { appendAuditEvent } from '../audit'
import type { KdfStrength } from '../db/key-derivation'
import {
  newDataKey,
  newKeyring,
  newRecoveryKey,
  userLookup,
  wrapDataKey,
  writeKeyring,
} from '../db/keyring'
import { createStore, discardNewFile, type Store } from '../db/store'
import {
  DEFAULT_SETTINGS,
  writeCouncils,
  writeOrganisation,
  writeStoredSettings,
} from '../organisation'
import { insertUser, requireStrongPassword } from '../users'
import { existsSync } from 'node:fs'
import { makeFolderFor, refuseUnusablePath } from '../db/data-file-access'

export interface NewOrganisation {
  readonly organisationName: string
  readonly councils: readonly Council[]
  readonly admin: {
    readonly username: string
    readonly displayName: string
    readonly password: string
  }
  /** Roles that must use two-step sign-in (default: administrators and budget managers). */
  readonly secondFactorRoles?: readonly Role[]
}

/**
 * First run: creates the encrypted data file and its keyring, the organisation, its councils and the
 * first administrator, and returns the recovery key (shown once, never stored in the clear). Any
 * failure removes everything it created.
 */
export async function createOrganisation(
  file: string,
  input: NewOrganisation,
  kdf: KdfStrength,
  now: Date,
): Promise<{ store: Store; recoveryKey: string; adminId: number }> {
  refuseUnusablePath(file)
  if (existsSync(file)) {
    throw new AppFailure(
      'SETUP.ALREADY_DONE',
      `${file} already exists: Casebook is already set up there.`,
      {
        file,
      },
    )
  }
  const { admin } = input
  requireStrongPassword(admin.password, [admin.username, admin.displayName, input.organisationName])
  makeFolderFor(file)
  const keyring = newKeyring()
  const dataKey = newDataKey()
  const recoveryKey = newRecoveryKey()
  const store = createStore(file, dataKey, keyring, { now: () => now })
  try {
    const recoveryWrap = await wrapDataKey(keyring, dataKey, recoveryKey, 'recovery', null, kdf)
    const adminWrap = await wrapDataKey(
      keyring,
      dataKey,
      admin.password,
      'user',
      userLookup(keyring.databaseId, admin.username),
      kdf,
      true,
    )
    const at = now.toISOString()
    const adminId = await store.db.transaction().execute(async (trx) => {
      await writeOrganisation(trx, input.organisationName, at)
      await writeCouncils(trx, input.councils, at)
      await writeStoredSettings(trx, {
        ...DEFAULT_SETTINGS,
        secondFactorRoles: [...(input.secondFactorRoles ?? DEFAULT_SETTINGS.secondFactorRoles)],
      })
      const row = await insertUser(trx, {
        username: admin.username,
        display_name: admin.displayName,
        role: 'admin',
        wrap_id: adminWrap.id,
        must_change_password: 0,
        created_at: at,
      })
      await appendAuditEvent(trx, {
        at,
        actorUserId: row.id,
        actor: row.username,
        action: 'setup.create',
        entityType: 'organisation',
        entityId: '1',
        summary: `Organisation set up with ${input.councils.length} council(s)`,
        digest: null,
      })
      return row.id
    })
    store.keyring = { ...keyring, wraps: [recoveryWrap, adminWrap] }
    writeKeyring(file, store.keyring)
    return { store, recoveryKey, adminId }
  } catch (error) {
    store.close()
    discardNewFile(file)
    throw error
  }
}
