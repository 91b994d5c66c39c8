import { readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import { countRows, type FileState, type OpenFile, signInCode } from './crash-file'
import type { Finding } from './crash-types'
import { PASSWORD } from '../helpers/temp-data'

/**
 * The checks every trial ends with, on the file opened again after the kill: the integrity check and
 * the keyring/users agreement (`db.check`), `audit verify`, nothing committed earlier gone, every
 * login signing in as it should, and no stray files left beside it.
 */
export async function checkFile(file: OpenFile, state: FileState): Promise<Finding[]> {
  const found: Finding[] = []
  const check = await file.call('db.check', {})
  if (check.integrity !== 'ok') {
    found.push({ kind: 'corrupt', message: `integrity check: ${check.integrity}` })
  }
  for (const problem of check.keyring.problems) {
    found.push({ kind: 'keyring', message: `${problem.kind}: ${problem.message}` })
  }
  const audit = await file.call('audit.verify', {})
  if (!audit.isIntact) {
    const broken = audit.firstBroken
    found.push({ kind: 'audit', message: `audit verify: event ${broken?.id}: ${broken?.reason}` })
  }
  const people = await countRows(file.db, 'clients')
  const events = await countRows(file.db, 'audit_events')
  if (people < state.people) {
    found.push({
      kind: 'lost',
      message: `${state.people - people} people committed earlier are gone`,
    })
  }
  if (events < state.auditEvents) {
    found.push({
      kind: 'lost',
      message: `${state.auditEvents - events} audit events committed earlier are gone`,
    })
  }
  state.people = people
  state.auditEvents = events
  return found
}

/** Signs in every login with the password it should have (and every disabled one is refused). */
export async function sweepLogins(file: OpenFile, state: FileState): Promise<Finding[]> {
  const found: Finding[] = []
  for (const [username, password] of state.passwords) {
    const code = await signInCode(file, username, password)
    if (code !== 'ok') found.push({ kind: 'lost', message: `${username} cannot sign in (${code})` })
  }
  for (const username of state.disabled) {
    const code = await signInCode(file, username, 'any password at all 99')
    if (code !== 'AUTH.USER_DISABLED') {
      found.push({ kind: 'keyring', message: `disabled ${username}: signing in gave ${code}` })
    }
  }
  return found
}

export interface KeyringRepairOutcome {
  readonly summary: string
  readonly findings: Finding[]
}

/**
 * Mends a keyring that disagrees with the users table as an administrator would (ADR 0011):
 * `db.repairKeyring`, then a new first password for every login it names as needing one. A keyring
 * still disagreeing after that is a finding of its own (the file is then set aside).
 */
export async function repairKeyring(
  file: OpenFile,
  state: FileState,
): Promise<KeyringRepairOutcome> {
  const repair = await file.call('db.repairKeyring', {})
  for (const username of repair.needPasswordReset) {
    await file.call('users.resetPassword', { username, password: PASSWORD })
    state.passwords.set(username, PASSWORD)
  }
  const check = await file.call('db.check', {})
  const summary = [
    `removed ${repair.removedKeys} keys`,
    repair.recorded.length ? `recorded ${repair.recorded.join(', ')}` : '',
    repair.needPasswordReset.length ? `reset ${repair.needPasswordReset.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('; ')
  return {
    summary,
    findings: check.keyring.problems.map((p) => ({
      kind: 'keyring' as const,
      message: `after db.repairKeyring: ${p.kind}: ${p.message}`,
    })),
  }
}

/**
 * Files a kill may leave behind, by what they mean to someone looking in the folder. `stray`: should
 * be gone once the file has been opened again (a `.keyring.next`, a half-written temporary copy of the
 * keyring or anchor, a hot journal). `leftover`: cleared later by design (a `.partial` bundle or a
 * scratch copy is removed at the first start after an hour; a lock naming a dead process is taken
 * over by the next writer).
 */
const LEFTOVER: readonly RegExp[] = [
  /\.partial$/,
  /^\.casebook-scratch-/,
  /\.lock$/,
  /\.lock\.[0-9a-f]{16}$/,
  /\.lock\.break$/,
]
const STRAY: readonly [RegExp, string][] = [
  [/\.keyring\.next$/, 'an interrupted key rotation’s keyring'],
  [/\.tmp-\d+-[0-9a-f]{8}$/, 'a temporary copy written but never renamed into place'],
  [/-journal$/, 'a hot journal'],
]
export interface FolderScan {
  readonly strays: Finding[]
  readonly leftovers: string[]
}

/**
 * Looks through the data file's folder, the backup folder and the children's temp folder; names
 * only what was not there at the last scan (`seen`, kept per data file).
 */
export function scanFolders(folders: readonly string[], seen: Set<string>): FolderScan {
  const strays: Finding[] = []
  const leftovers: string[] = []
  for (const folder of folders) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names) {
      const path = join(basename(folder), name)
      if (seen.has(path)) continue
      const stray = STRAY.find(([pattern]) => pattern.test(name))
      if (LEFTOVER.some((pattern) => pattern.test(name))) leftovers.push(path)
      else if (stray) strays.push({ kind: 'stray', message: `${path}: ${stray[1]}` })
      else continue
      seen.add(path)
    }
  }
  return { strays, leftovers }
}
