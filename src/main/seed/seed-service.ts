import { can } from '../../shared/policy'
import type { KdfStrength } from '../db/key-derivation'
import type { Store } from '../db/store'
import type { Actor, AuditEventInput, Db, JobContext } from '../kernel'
import { insertNotes, type NewNote } from '../notes'
import { listCouncils } from '../organisation'
import { drawNotes } from './seed-notes'
import { type SeededPerson, seedPerson } from './seed-people'
import { seedPlans } from './seed-plans'
import { random } from './seed-random'
import { seedStaff } from './seed-staff'

export interface SeedDeps {
  readonly store: Store
  readonly kdf: KdfStrength
  /** Who runs the seed: the plans are theirs. */
  readonly actor: Actor
  readonly now: Date
  /** Appends an audit event inside the transaction `db`, so each part is stored with its record. */
  readonly audit: (entry: AuditEventInput, db: Db) => Promise<void>
}

/** People between progress reports (each one may be a cancel), with their notes written together. */
const PEOPLE_PER_BATCH = 100

/**
 * Fills the open file with a realistic demonstration organisation: staff, people with profiles, circles
 * of support, referrals and case notes, and support plans in every status. Every row is written by its
 * area's own functions (people's use cases, the notes' bulk insert, the plan use cases), so the data
 * keeps the rules the app keeps.
 */
export async function runSeed(
  deps: SeedDeps,
  options: { clients: number; notesPerPerson: number; seed: number },
  progress: JobContext['progress'],
): Promise<{ clients: number; notes: number; plans: number; users: number }> {
  const { now } = deps
  const rng = random(options.seed)
  const { staff, added } = await seedStaff(deps)
  const advisers = staff.filter((s) => s.role === 'adviser')
  const writers = staff.filter((s) => can(s.role, 'notes.write'))
  // Everything else in one transaction: a failed or cancelled seed leaves nothing half-written.
  return deps.store.db.transaction().execute(async (db) => {
    const councils = await listCouncils(db)
    const seeding = { db, rng, now, advisers, councils, usedNhs: new Set<string>() }
    const people: SeededPerson[] = []
    let notes = 0
    for (let start = 0; start < options.clients; start += PEOPLE_PER_BATCH) {
      const end = Math.min(options.clients, start + PEOPLE_PER_BATCH)
      const batch: NewNote[] = []
      for (let i = start; i < end; i++) {
        const person = await seedPerson(seeding)
        people.push(person)
        batch.push(...drawNotes(rng, person, options.notesPerPerson, writers))
      }
      notes += await insertNotes(db, batch)
      await progress(end, options.clients, 'Adding people and notes')
    }
    const plans = await seedPlans({ db, actor: deps.actor, now }, people, rng, progress)
    await deps.audit(
      {
        action: 'seed.run',
        summary: `Demo data: ${people.length} people, ${notes} notes, ${plans} plans`,
      },
      db,
    )
    return { clients: people.length, notes, plans, users: added }
  })
}
