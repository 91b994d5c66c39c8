import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { readKeyring } from '../../src/main/db/keyring'
import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import { keyringProblems } from '../../src/main/users/keyring-agreement'
import { listUsers } from '../../src/main/users/user-repository'
import { ADMIN, createTestOrg, PASSWORD } from '../helpers/temp-data'
import {
  type HarnessState,
  OPERATIONS,
  type Operation,
  type Outcome,
  STAFF,
} from './harness-operations'

/**
 * Runs pairs of real CLI processes writing to one data file at once (while this process also holds
 * it open, as the app would), then checks the file: every change a command reported is there and
 * nothing it refused is; every login can sign in (and every disabled one cannot); the keyring agrees
 * with the users table; the audit log is intact; and no stack trace reached stderr.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const ENTRY = join(import.meta.dirname, 'cli-entry.ts')
/** A hang guard, not a timing assertion. */
const PROCESS_LIMIT_MS = 120_000

export interface Counts {
  pairs: number
  processes: number
  lostWrites: number
  stackTraces: number
  internalErrors: number
  keyringMismatches: number
  signInFailures: number
  auditBroken: number
  refusals: Record<string, number>
  problems: string[]
}

const REFUSAL = /^casebook: .+ \[([A-Z]+(?:\.[A-Z_]+)?)\]$/

function runCliProcess(args: string[], env: Record<string, string>, cwd: string): Promise<Outcome> {
  return new Promise((done) => {
    execFile(
      TSX,
      [ENTRY, ...args],
      {
        cwd,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        timeout: PROCESS_LIMIT_MS,
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        const lines = stderr.trim().split('\n').filter(Boolean)
        const match = lines.length === 1 ? REFUSAL.exec(lines[0]!) : null
        done({ exitCode, stdout, stderr, refusal: match ? match[1]! : null })
      },
    )
  })
}

/** A stack trace, a logged bug, or more than the one line a refusal may print. */
function stderrProblem(o: Outcome): string | null {
  const text = o.stderr.trim()
  if (text === '') return o.exitCode === 0 ? null : `exit ${o.exitCode} with nothing on stderr`
  if (/\n\s+at |\[casebook\]|Error:/.test(text) || o.refusal === null) return text.slice(0, 400)
  return null
}

/** The agreement check of `db check`, on the keyring as it is on disk now. */
async function keyringDifferences(state: HarnessState): Promise<string[]> {
  const users = await listUsers(state.org.backend.core.store!.db)
  return keyringProblems(users, readKeyring(state.org.dataFile)).map((p) => p.message)
}

async function countClients(state: HarnessState): Promise<number> {
  const row = await state.org.backend.core
    .store!.db.selectFrom('clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Signs in every login on a connection of its own and out again; returns what went wrong. */
async function signInSweep(state: HarnessState): Promise<string[]> {
  const problems: string[] = []
  const users = await state.org.call('admin', 'users.list', {})
  for (const user of users) {
    const conn = `sweep-${user.username}`
    const password =
      user.username === ADMIN.username
        ? PASSWORD
        : (state.passwords.get(user.username) ??
          (STAFF.includes(user.username) ? DEMO_STAFF_PASSWORD : PASSWORD))
    const r = await state.org.raw(conn, 'auth.signIn', { username: user.username, password })
    if (r.ok) await state.org.raw(conn, 'auth.signOut', {})
    const want = user.isDisabled ? 'AUTH.USER_DISABLED' : 'ok'
    const got = r.ok ? 'ok' : r.error.code
    if (got !== want) problems.push(`${user.username}: sign-in gave ${got}, expected ${want}`)
  }
  return problems
}

async function auditedFailures(state: HarnessState): Promise<string[]> {
  const events = await state.org.call('admin', 'audit.list', { limit: 10_000 })
  const problems: string[] = []
  for (const [username, want] of state.failedSignIns) {
    const got = events.filter((e) => e.action === 'auth.signInFailed' && e.actor === username)
    if (got.length !== want) {
      problems.push(`${username}: ${got.length} failed sign-ins audited, expected ${want}`)
    }
  }
  return problems
}

export interface HarnessOptions {
  /** Sign every login in after this many pairs (and after the last). */
  readonly sweepEvery?: number
  readonly log?: (line: string) => void
}

export async function runPairs(
  pairs: readonly (readonly [Operation, Operation])[],
  options: HarnessOptions = {},
): Promise<Counts> {
  const log = options.log ?? (() => {})
  const sweepEvery = options.sweepEvery ?? 10
  const org = await createTestOrg()
  const state: HarnessState = {
    org,
    passwords: new Map(),
    disabled: new Set(),
    failedSignIns: new Map(),
  }
  const counts: Counts = {
    pairs: 0,
    processes: 0,
    lostWrites: 0,
    stackTraces: 0,
    internalErrors: 0,
    keyringMismatches: 0,
    signInFailures: 0,
    auditBroken: 0,
    refusals: {},
    problems: [],
  }
  const note = (kind: keyof Counts, problems: string[]) => {
    if (problems.length === 0) return
    ;(counts[kind] as number) += problems.length
    counts.problems.push(...problems.map((p) => `pair ${counts.pairs}: ${p}`))
  }
  const argsFor = (args: string[]) => [
    ...args,
    '--db',
    org.dataFile,
    ...(args.includes('--user') ? [] : ['--user', ADMIN.username]),
  ]
  try {
    for (const [first, second] of pairs) {
      counts.pairs += 1
      const tag = String(counts.pairs)
      const prepared = [
        await first.prepare(state, `${tag}a`),
        await second.prepare(state, `${tag}b`),
      ]
      const clientsBefore = await countClients(state)
      const outcomes = await Promise.all(
        prepared.map((p) =>
          runCliProcess(argsFor(p.args), { CASEBOOK_PASSWORD: PASSWORD, ...p.env }, org.dir),
        ),
      )
      counts.processes += outcomes.length
      for (const o of outcomes) {
        const bad = stderrProblem(o)
        if (bad) note('stackTraces', [bad])
        if (o.refusal) counts.refusals[o.refusal] = (counts.refusals[o.refusal] ?? 0) + 1
        if (o.refusal === 'INTERNAL') note('internalErrors', [o.stderr.trim()])
      }
      // A fresh sign-in writes queued failed sign-ins into the audit log before checking.
      await org.call('admin', 'auth.signOut', {})
      await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
      for (let i = 0; i < prepared.length; i++) {
        note('lostWrites', await prepared[i]!.verify(outcomes[i]!))
      }
      const added = prepared.reduce(
        (n, p, i) => n + (outcomes[i]!.exitCode === 0 ? p.clientsAdded : 0),
        0,
      )
      const clientsAfter = await countClients(state)
      if (clientsAfter !== clientsBefore + added) {
        note('lostWrites', [`${clientsAfter} people, expected ${clientsBefore} + ${added}`])
      }
      note('keyringMismatches', await keyringDifferences(state))
      const audit = await org.call('admin', 'audit.verify', {})
      if (!audit.isIntact) note('auditBroken', [`audit log broken at ${audit.firstBroken?.id}`])
      if (counts.pairs % sweepEvery === 0 || counts.pairs === pairs.length) {
        note('signInFailures', await signInSweep(state))
        note('lostWrites', await auditedFailures(state))
      }
      log(
        `pair ${counts.pairs}: ${first.name} + ${second.name} → ${outcomes
          .map((o) => (o.exitCode === 0 ? 'done' : (o.refusal ?? `exit ${o.exitCode}`)))
          .join(', ')}`,
      )
    }
  } finally {
    await org.cleanup()
  }
  return counts
}

/** Every unordered pair of operations (each with itself too), in a seeded shuffled order, cycled. */
export function pairPlan(n: number, seed = 1): [Operation, Operation][] {
  const all: [Operation, Operation][] = []
  for (let i = 0; i < OPERATIONS.length; i++) {
    for (let j = i; j < OPERATIONS.length; j++) all.push([OPERATIONS[i]!, OPERATIONS[j]!])
  }
  let a = seed >>> 0
  const next = () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0
    return a / 4294967296
  }
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[all[i], all[j]] = [all[j]!, all[i]!]
  }
  return Array.from({ length: n }, (_, i) => all[i % all.length]!)
}
