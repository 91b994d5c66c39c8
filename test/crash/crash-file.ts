import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { type Backend, createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import type { Database } from '../../src/main/db/schema'
import type { RouteInput, RouteName, RouteOutput } from '../../src/shared/contract/routes'
import type { Result } from '../../src/shared/result'
import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import { ADMIN, ORG_NAME, PASSWORD } from '../helpers/temp-data'

/** The logins a seed adds (src/main/seed/seed-staff.ts), all with DEMO_STAFF_PASSWORD. */
export const DEMO_STAFF = [
  'amara.adviser',
  'ben.adviser',
  'chloe.adviser',
  'dev.coordinator',
  'fran.finance',
  'trustee.viewer',
]

/**
 * The data file as the crash parent sees it between children: opened in this process through the
 * real backend, as an app started again after a crash would, with the administrator signed in.
 */
export interface OpenFile {
  readonly backend: Backend
  readonly db: Kysely<Database>
  call<N extends RouteName>(name: N, input: RouteInput<N>): Promise<RouteOutput<N>>
  raw(connection: string, name: string, input: unknown): Promise<Result<unknown>>
  close(): Promise<void>
}

/** What the parent knows about one data file across the trials run on it. */
export interface FileState {
  readonly dir: string
  readonly dataFile: string
  readonly backups: string
  /** Every active login and the password it should sign in with now. */
  readonly passwords: Map<string, string>
  readonly disabled: Set<string>
  /** Never fall: nothing the children do removes people or audit events. */
  people: number
  auditEvents: number
  /** Numbers the names made for this file, so every trial's fixtures are new. */
  counter: number
  /** Stray and leftover files already counted. */
  readonly seenFiles: Set<string>
}

function backendFor(dataFile: string): Backend {
  return createBackend({ dataFile, host: 'cli', kdf: TEST_KDF, log: () => {} })
}

/** Opens the file and signs the administrator in; refused sign-in is returned, not thrown. */
export async function openAsAdmin(dataFile: string): Promise<OpenFile | Result<unknown>> {
  const backend = backendFor(dataFile)
  const signedIn = await backend.call('admin', 'auth.signIn', {
    username: ADMIN.username,
    password: PASSWORD,
  })
  if (!signedIn.ok) {
    await backend.close()
    return signedIn
  }
  return {
    backend,
    db: backend.core.store!.db,
    async call(name, input) {
      const result = await backend.call('admin', name, input)
      if (!result.ok)
        throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`)
      return result.value as never
    },
    raw: (connection, name, input) => backend.call(connection, name, input),
    close: () => backend.close(),
  }
}

/**
 * A new organisation (set-up through the router) in `dir`, closed again. With `basePeople`, a seed
 * first fills it (people, notes, plans and the demonstration staff), so VACUUM INTO and the rekey
 * have a file of some size to work through.
 */
export async function createFile(dir: string, basePeople = 0): Promise<FileState> {
  const dataFile = join(dir, 'casebook.db')
  const backups = join(dir, 'backups')
  mkdirSync(backups, { recursive: true })
  const backend = backendFor(dataFile)
  const setUp = await backend.call('setup', 'setup.create', {
    organisationName: ORG_NAME,
    councils: [{ name: 'Kirklees Council', onsCode: 'E08000034' }],
    admin: { ...ADMIN, password: PASSWORD },
    secondFactorRoles: [],
  })
  if (!setUp.ok) throw new Error(`setup.create refused: ${setUp.error.message}`)
  const passwords = new Map([[ADMIN.username, PASSWORD]])
  if (basePeople > 0) {
    await backend.call('setup', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    const seeded = await backend.call('setup', 'seed.run', {
      clients: basePeople,
      notesPerPerson: 6,
      seed: 7,
    })
    if (!seeded.ok) throw new Error(`seed.run refused: ${seeded.error.message}`)
    for (const username of DEMO_STAFF) passwords.set(username, DEMO_STAFF_PASSWORD)
  }
  await backend.close()
  return {
    dir,
    dataFile,
    backups,
    passwords,
    disabled: new Set(),
    people: 0,
    auditEvents: 0,
    counter: 0,
    seenFiles: new Set(),
  }
}

/** Signs a login in on a connection of its own (and out again): 'ok' or the refusal's code. */
export async function signInCode(file: OpenFile, username: string, password: string) {
  const connection = `check-${username}`
  const result = await file.raw(connection, 'auth.signIn', { username, password })
  if (result.ok) await file.raw(connection, 'auth.signOut', {})
  return result.ok ? 'ok' : result.error.code
}

export async function countRows(
  db: Kysely<Database>,
  table: 'clients' | 'case_notes' | 'support_plans' | 'audit_events' | 'users' | 'backups',
): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

export async function countPeopleNamed(db: Kysely<Database>, family: string): Promise<number> {
  const row = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('legal_family_name', '=', family)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Audit actions recorded after event `afterId`. */
export async function auditActionsSince(db: Kysely<Database>, afterId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('audit_events')
    .select('action')
    .where('id', '>', afterId)
    .execute()
  return rows.map((r) => r.action)
}

export async function lastAuditId(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('audit_events')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row?.id ?? 0
}

/** Letters only, so generated names pass the name rules: 0 → "a", 27 → "bb". */
export function letters(n: number): string {
  let out = ''
  let rest = n
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out
    rest = Math.floor(rest / 26) - 1
  } while (rest >= 0)
  return out
}
