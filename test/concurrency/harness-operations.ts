import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import { ADMIN, NEW_PASSWORD, PASSWORD, type TestOrg } from '../helpers/temp-data'

/**
 * The writes the concurrency harness runs two at a time as real CLI processes. Each operation makes
 * its fixtures in-process first, names the command, and afterwards checks that its change is there
 * when the command said it was done, and absent when it was refused.
 */
export interface Outcome {
  readonly exitCode: number
  readonly stdout: string
  readonly stderr: string
  /** The stable code of a one-line refusal (`casebook: … [CODE]`), or null. */
  readonly refusal: string | null
}

export interface HarnessState {
  readonly org: TestOrg
  /** The password each active login should sign in with now. */
  readonly passwords: Map<string, string>
  readonly disabled: Set<string>
  /** Failed sign-ins the audit log should show, by username. */
  readonly failedSignIns: Map<string, number>
}

export interface Prepared {
  readonly args: string[]
  readonly env: Record<string, string>
  /** People the command adds when it is done. */
  readonly clientsAdded: number
  /** Problems with what is in the file afterwards (each one is a lost or phantom write). */
  verify(outcome: Outcome): Promise<string[]>
}

export interface Operation {
  readonly name: string
  prepare(state: HarnessState, tag: string): Promise<Prepared>
}

export const STAFF = [
  'amara.adviser',
  'ben.adviser',
  'chloe.adviser',
  'dev.coordinator',
  'fran.finance',
  'trustee.viewer',
]

/** Letters only, so generated names pass the name rules: 0 → "a", 27 → "bb". */
function letters(n: number): string {
  let out = ''
  let rest = n
  do {
    out = String.fromCharCode(97 + (rest % 26)) + out
    rest = Math.floor(rest / 26) - 1
  } while (rest >= 0)
  return out
}
let counter = 0
const uniqueWord = () => letters(counter++ * 7 + 3)

/** A fresh login made in-process (as another window would), with the first password. */
async function addLogin(state: HarnessState, username: string): Promise<void> {
  await state.org.call('admin', 'users.add', {
    username,
    displayName: `Harness ${username}`,
    role: 'adviser',
    password: PASSWORD,
  })
  state.passwords.set(username, PASSWORD)
}

const done = (o: Outcome) => o.exitCode === 0

async function signInCode(state: HarnessState, username: string, password: string) {
  const conn = `check-${username}`
  const r = await state.org.raw(conn, 'auth.signIn', { username, password })
  if (r.ok) await state.org.raw(conn, 'auth.signOut', {})
  return r.ok ? 'ok' : r.error.code
}

async function expectSignIn(state: HarnessState, who: string, password: string, want: string) {
  const got = await signInCode(state, who, password)
  return got === want ? [] : [`${who}: signing in gave ${got}, expected ${want}`]
}

const usersAdd: Operation = {
  name: 'users add',
  async prepare(state, tag) {
    const username = `add.${tag}`
    return {
      args: ['users', 'add', username, '--role', 'adviser'],
      env: { CASEBOOK_NEW_PASSWORD: NEW_PASSWORD },
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return expectSignIn(state, username, NEW_PASSWORD, 'AUTH.WRONG_PASSWORD')
        state.passwords.set(username, NEW_PASSWORD)
        return expectSignIn(state, username, NEW_PASSWORD, 'ok')
      },
    }
  },
}

const usersDisable: Operation = {
  name: 'users disable',
  async prepare(state, tag) {
    const username = `dis.${tag}`
    await addLogin(state, username)
    return {
      args: ['users', 'disable', username],
      env: {},
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return expectSignIn(state, username, PASSWORD, 'ok')
        state.passwords.delete(username)
        state.disabled.add(username)
        return expectSignIn(state, username, PASSWORD, 'AUTH.USER_DISABLED')
      },
    }
  },
}

const usersEnable: Operation = {
  name: 'users enable',
  async prepare(state, tag) {
    const username = `ena.${tag}`
    await addLogin(state, username)
    await state.org.call('admin', 'users.disable', { username })
    state.passwords.delete(username)
    state.disabled.add(username)
    return {
      args: ['users', 'enable', username],
      env: { CASEBOOK_NEW_PASSWORD: NEW_PASSWORD },
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return expectSignIn(state, username, NEW_PASSWORD, 'AUTH.USER_DISABLED')
        state.disabled.delete(username)
        state.passwords.set(username, NEW_PASSWORD)
        return expectSignIn(state, username, NEW_PASSWORD, 'ok')
      },
    }
  },
}

const usersReset: Operation = {
  name: 'users reset-password',
  async prepare(state, tag) {
    const username = `rst.${tag}`
    await addLogin(state, username)
    return {
      args: ['users', 'reset-password', username],
      env: { CASEBOOK_NEW_PASSWORD: NEW_PASSWORD },
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return expectSignIn(state, username, PASSWORD, 'ok')
        state.passwords.set(username, NEW_PASSWORD)
        return expectSignIn(state, username, NEW_PASSWORD, 'ok')
      },
    }
  },
}

const passwordChange: Operation = {
  name: 'password change',
  async prepare(state, tag) {
    const username = `pwd.${tag}`
    await addLogin(state, username)
    return {
      args: ['password', 'change', '--user', username],
      env: { CASEBOOK_PASSWORD: PASSWORD, CASEBOOK_NEW_PASSWORD: NEW_PASSWORD },
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return expectSignIn(state, username, PASSWORD, 'ok')
        state.passwords.set(username, NEW_PASSWORD)
        return expectSignIn(state, username, NEW_PASSWORD, 'ok')
      },
    }
  },
}

async function countPeopleNamed(state: HarnessState, familyName: string): Promise<number> {
  const db = state.org.backend.core.store!.db
  const row = await db
    .selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('legal_family_name', '=', familyName)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

const clientsImport: Operation = {
  name: 'clients import',
  async prepare(state, tag) {
    const family = `Harness${uniqueWord()}`
    const file = join(state.org.dir, `import-${tag}.csv`)
    writeFileSync(
      file,
      [
        'First name,Surname,Date of birth',
        `Alma,${family},14/03/1948`,
        `Bert,${family},02/11/1961`,
      ].join('\n'),
    )
    return {
      args: ['clients', 'import', file, '--commit'],
      env: {},
      clientsAdded: 2,
      async verify(o) {
        const n = await countPeopleNamed(state, family)
        const want = done(o) ? 2 : 0
        return n === want ? [] : [`import ${tag}: ${n} people named ${family}, expected ${want}`]
      },
    }
  },
}

const plansCreate: Operation = {
  name: 'plans create',
  async prepare(state) {
    const person = await state.org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Plan', legalFamilyName: `Harness${uniqueWord()}` },
      status: 'active',
    })
    const ref = person.summary.ref
    return {
      args: [
        'plans',
        'create',
        ref,
        '--weekly-gross',
        '420.00',
        '--contribution',
        '35.50',
        '--basis',
        'gross',
        '--frequency',
        '4-weekly',
        '--timing',
        'advance',
        '--form',
        'dp-managed',
        '--start',
        '2026-12-01',
      ],
      env: {},
      clientsAdded: 0,
      async verify(o) {
        const plans = await state.org.call('admin', 'plans.list', { ref })
        const active = plans.filter((p) => p.status === 'active').length
        const want = done(o) ? 1 : 0
        return active === want ? [] : [`plan for ${ref}: ${active} active, expected ${want}`]
      },
    }
  },
}

const backupCreate: Operation = {
  name: 'backup create',
  async prepare(state, tag) {
    const folder = join(state.org.dir, 'backups')
    mkdirSync(folder, { recursive: true })
    const file = join(folder, `backup-${tag}.cbk`)
    return {
      args: ['backup', 'create', file],
      env: {},
      clientsAdded: 0,
      async verify(o) {
        if (!done(o)) return existsSync(file) ? [`backup ${tag} refused but left ${file}`] : []
        const r = await state.org.raw('verify-backup', 'backup.verify', {
          file,
          username: ADMIN.username,
          password: PASSWORD,
        })
        return r.ok ? [] : [`backup ${tag} does not verify: ${r.error.code} ${r.error.message}`]
      },
    }
  },
}

const seed: Operation = {
  name: 'seed',
  async prepare(state) {
    return {
      args: ['seed', '--clients', '3', '--notes-per-client', '1'],
      env: {},
      clientsAdded: 3,
      async verify(o) {
        if (!done(o)) return []
        for (const name of STAFF) state.passwords.set(name, DEMO_STAFF_PASSWORD)
        return expectSignIn(state, 'amara.adviser', DEMO_STAFF_PASSWORD, 'ok')
      },
    }
  },
}

const wrongPassword: Operation = {
  name: 'sign-in with a wrong password',
  async prepare(state, tag) {
    const username = `vic.${tag}`
    await addLogin(state, username)
    return {
      args: ['users', 'list', '--user', username],
      env: { CASEBOOK_PASSWORD: 'not the right password at all' },
      clientsAdded: 0,
      async verify(o) {
        if (o.refusal === 'AUTH.WRONG_PASSWORD') {
          state.failedSignIns.set(username, (state.failedSignIns.get(username) ?? 0) + 1)
          return []
        }
        return [`${username}: a wrong password gave exit ${o.exitCode} ${o.refusal ?? ''}`]
      },
    }
  },
}

export const OPERATIONS: readonly Operation[] = [
  usersAdd,
  usersDisable,
  usersEnable,
  usersReset,
  passwordChange,
  clientsImport,
  plansCreate,
  backupCreate,
  seed,
  wrongPassword,
]

export function operationNamed(name: string): Operation {
  const found = OPERATIONS.find((o) => o.name === name)
  if (!found) throw new Error(`No harness operation called ${name}`)
  return found
}
