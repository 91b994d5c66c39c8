import { existsSync, statSync } from 'node:fs'
import type { Viewer } from '../../src/main/notes/note-visibility'
import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import { ADMIN_CONNECTION, type BenchBackend } from './casebook-backend'
import { roundMs } from './stats'
import { nowMs } from './timing'

/**
 * The organisation the search and records suites work on: a real data file (`createBenchBackend`)
 * filled by the app's own seed (`seed.run` as the administrator), and one of the seeded advisers
 * signed in on their own connection.
 */

/**
 * `seed.run`'s random seed, the same in every run so results compare. (It is not the route's
 * default, 42, which once failed at 20,000 people on a repeated NHS number; the seed draws only
 * unused ones now, and 42 seeds 20,000 people too.)
 */
export const SEED = 1

/** A seeded adviser: advisers see restricted notes only when they wrote them. */
export const ADVISER = { connection: 'bench-adviser', username: 'amara.adviser' } as const

export interface OrganisationSize {
  readonly people: number
  readonly notesPerPerson: number
}

/** What seeding cost, as information (never pass/fail). */
export interface Seeding {
  readonly totalMs: number
  /** Until the seed's last "people and notes" progress event (includes adding the demo staff). */
  readonly peopleAndNotesMs: number
  /** The rest: support plans through the plan use cases. */
  readonly plansMs: number
  readonly peoplePerSecond: number
  readonly notesPerSecond: number
  readonly people: number
  readonly notes: number
  readonly plans: number
  readonly staff: number
  /** The data file and its WAL. */
  readonly dataFileBytes: number
}

/** Fills the organisation through `seed.run` (with `SEED`), logging progress every ten seconds. */
export async function seedOrganisation(
  bench: BenchBackend,
  size: OrganisationSize,
  log: (message: string) => void,
): Promise<Seeding> {
  log(
    `seeding ${size.people.toLocaleString('en-GB')} people and ` +
      `${(size.people * size.notesPerPerson).toLocaleString('en-GB')} notes (seed.run)`,
  )
  let firstLabel: string | null = null
  let firstPhaseEndMs = 0
  let lastLoggedAt = 0
  const start = nowMs()
  const result = await bench.call(
    ADMIN_CONNECTION,
    'seed.run',
    { clients: size.people, notesPerPerson: size.notesPerPerson, seed: SEED },
    {
      onProgress: (done, total, label) => {
        firstLabel ??= label
        if (label === firstLabel) firstPhaseEndMs = nowMs()
        if (nowMs() - lastLoggedAt > 10_000 || done === total) {
          lastLoggedAt = nowMs()
          log(`seeding: ${label} ${done.toLocaleString('en-GB')}/${total?.toLocaleString('en-GB')}`)
        }
      },
    },
  )
  const totalMs = nowMs() - start
  const peopleAndNotesMs = firstPhaseEndMs - start
  if (!(peopleAndNotesMs > 0) || result.clients !== size.people) {
    throw new Error(`seed.run did not report adding ${size.people} people in its first phase.`)
  }
  const { file } = bench
  const dataFileBytes =
    statSync(file).size + (existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0)
  return {
    totalMs: roundMs(totalMs),
    peopleAndNotesMs: roundMs(peopleAndNotesMs),
    plansMs: roundMs(totalMs - peopleAndNotesMs),
    peoplePerSecond: Math.round(result.clients / (peopleAndNotesMs / 1000)),
    notesPerSecond: Math.round(result.notes / (peopleAndNotesMs / 1000)),
    people: result.clients,
    notes: result.notes,
    plans: result.plans,
    staff: result.users,
    dataFileBytes,
  }
}

/** Signs `ADVISER` in on `ADVISER.connection` (after seeding) and returns them as a note viewer. */
export async function signInAdviser(bench: BenchBackend): Promise<Viewer> {
  const session = await bench.call(ADVISER.connection, 'auth.signIn', {
    username: ADVISER.username,
    password: DEMO_STAFF_PASSWORD,
  })
  if (session.user?.role !== 'adviser') {
    throw new Error(`${ADVISER.username} should be a seeded adviser.`)
  }
  return { id: session.user.id, role: session.user.role }
}
