import type { Role } from '../../shared/roles'
import type { KdfStrength } from '../db/key-derivation'
import type { Store } from '../db/store'
import type { Actor, AuditEventInput, Db } from '../kernel'
import { addUser, findUserByUsername } from '../users'

export const DEMO_STAFF_PASSWORD = 'amber kettle orchard lamp 62'

const STAFF: { username: string; displayName: string; role: Role }[] = [
  { username: 'amara.adviser', displayName: 'Amara Okonkwo', role: 'adviser' },
  { username: 'ben.adviser', displayName: 'Ben Whitaker', role: 'adviser' },
  { username: 'chloe.adviser', displayName: 'Chloe Nowak', role: 'adviser' },
  { username: 'dev.coordinator', displayName: 'Dev Sharma', role: 'coordinator' },
  { username: 'fran.finance', displayName: 'Fran Lister', role: 'finance' },
  { username: 'trustee.viewer', displayName: 'Tom Trustee', role: 'viewer' },
]

/**
 * The demonstration staff, added once (a second seed finds them by username) in a transaction of
 * their own, before the people: adding a login also seals the data key for it in the keyring. The
 * logins added are recorded on the audit log in the same transaction.
 */
export async function seedStaff(deps: {
  readonly store: Store
  readonly kdf: KdfStrength
  readonly now: Date
  readonly audit: (entry: AuditEventInput, db: Db) => Promise<void>
}): Promise<{ staff: Actor[]; added: number }> {
  const { store, now } = deps
  const staff: Actor[] = []
  let added = 0
  await store.db.transaction().execute(async (trx) => {
    for (const s of STAFF) {
      const existing = await findUserByUsername(trx, s.username)
      if (existing) {
        staff.push({ id: existing.id, role: existing.role })
        continue
      }
      const row = await addUser(
        { store, db: trx, kdf: deps.kdf, now, organisationName: '' },
        { ...s, password: DEMO_STAFF_PASSWORD, mustChangePassword: false },
      )
      staff.push({ id: row.id, role: s.role })
      added += 1
    }
    if (added > 0) {
      await deps.audit(
        { action: 'seed.run', entityType: 'user', summary: `Demo staff: ${added} logins added` },
        trx,
      )
    }
  })
  return { staff, added }
}
