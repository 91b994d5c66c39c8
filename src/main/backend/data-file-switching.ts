import { closeSync, openSync, readSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppFailure } from '../../shared/result'
import { refuseUnusablePath } from '../db/data-file-access'
import {
  moveAside,
  moveIn,
  planSwitch,
  settleSwitch,
  type SwitchPlan,
  stageIncoming,
  switchNotePathFor,
  writeSwitchJournal,
} from '../db/data-file-switch'
import { refuseNetworkPath } from '../db/file-guard'
import { type Keyring, readKeyring, unwrapDataKey, userLookup } from '../db/keyring'
import { withKeyringLock } from '../db/keyring-file'
import {
  leaveWal,
  readyToMove,
  refuseLeftJournal,
  refuseOtherHolder,
  returnToWal,
} from '../db/sole-use'
import type { BackendCore } from './backend-core'
import type { Session } from './session'

export interface SwitchRequest {
  readonly file: string
  readonly username?: string
  readonly password?: string
}

export interface Switched {
  readonly dataFile: string
  readonly keptAs: string
  readonly restoredFrom: string
}

/** The restored file's key: the open file's (a backup of it, same key), or a password valid in it. */
async function restoredKey(
  keyring: Keyring,
  openKey: Buffer,
  username: string,
  password: string | undefined,
): Promise<Buffer> {
  if (!password) return openKey
  const lookup = userLookup(keyring.databaseId, username)
  for (const wrap of keyring.wraps.filter((w) => w.kind === 'user' && w.lookup === lookup)) {
    const key = await unwrapDataKey(keyring, wrap, password)
    if (key) return key
  }
  throw new AppFailure(
    'AUTH.WRONG_PASSWORD',
    'That username and password were not valid in the restored file.',
  )
}

/**
 * Everything that can refuse is done before anything moves: the restored file opens and is whole
 * enough to leave WAL, nobody else has either file open, a copy from another folder is verified.
 * Then the old file records the switch, is closed, and the renames run under the journal.
 */
async function prepare(core: BackendCore, session: Session, plan: SwitchPlan, key: Buffer) {
  const store = core.requireStore()
  refuseOtherHolder(plan.dataFile, core.now())
  readyToMove(plan.restored, key, readKeyring(plan.restored), core.now())
  stageIncoming(plan)
  leaveWal(store.sqlite, plan.dataFile)
  try {
    await core.appendAudit(store.db, session, {
      action: 'app.switchToRestored',
      entityType: 'data_file',
      entityId: plan.restored,
      summary: `Switching to the restored file ${plan.restored}: this data file is kept as ${plan.aside}`,
    })
  } catch (error) {
    returnToWal(store.sqlite)
    throw error
  }
  await core.syncAuditAnchor({ force: true })
  // Everyone signed in was working in the file now set aside.
  core.sessions.clear()
  await core.closeStore({ backup: false })
  refuseLeftJournal(plan.dataFile)
}

/**
 * "Switch to this restored file" (ADR 0014): the data file in use, with its keyring, anchor and
 * sign-in counts, is kept beside it under a dated name; the restored set takes its place; Casebook
 * opens it and records the switch in it, as it did in the old one. Everyone is signed out. Refused
 * while another process has either file open.
 */
export async function switchToRestored(
  core: BackendCore,
  session: Session,
  request: SwitchRequest,
): Promise<Switched> {
  const store = core.requireStore()
  const file = resolve(request.file)
  refuseUnusablePath(file)
  const plan = planSwitch(core.dataFile, file, core.now(), session.user.username)
  const key = await restoredKey(
    readKeyring(file),
    store.dataKey,
    request.username ?? session.user.username,
    request.password,
  )
  core.isSwitching = true
  try {
    await withKeyringLock(plan.dataFile, async () => {
      writeSwitchJournal(plan)
      try {
        await prepare(core, session, plan, key)
      } catch (error) {
        settleSwitch(plan, { note: false })
        throw error
      }
      try {
        moveAside(plan)
        moveIn(plan)
      } finally {
        settleSwitch(plan, { note: true })
      }
    })
  } finally {
    core.isSwitching = false
  }
  await recordInRestored(core, plan, key)
  return { dataFile: plan.dataFile, keptAs: plan.aside, restoredFrom: plan.restored }
}

/** Opens the file now in place (as sign-in would) and records the switch in it. */
async function recordInRestored(core: BackendCore, plan: SwitchPlan, key: Buffer): Promise<void> {
  const opened = core.openWithKey(key, core.currentKeyring())
  try {
    await core.appendAudit(opened.db, undefined, {
      action: 'app.switchToRestored',
      entityType: 'data_file',
      entityId: plan.restored,
      actor: plan.actor,
      summary: `Switched to this restored file (it was ${plan.restored}); the previous data file is kept as ${plan.aside}`,
    })
    rmSync(switchNotePathFor(plan.dataFile), { force: true })
    await core.syncAuditAnchor({ force: true })
  } finally {
    if (core.sessions.size === 0) await core.closeStore({ backup: false })
  }
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0')
/** How a backup bundle starts (ADR 0005): the same length as SQLite's header. */
const BACKUP_START = Buffer.from('CASEBOOK-BACKUP\n')

function notCasebook(file: string, why: string): AppFailure {
  return new AppFailure('DB.NOT_CASEBOOK', `${file} is not a Casebook data file: ${why}`, { file })
}

/**
 * Checks what can be checked without a key that `file` is a Casebook data file: an encrypted file
 * (a plain SQLite file starts with its header in clear) with a Casebook keyring beside it.
 */
export function refuseNonCasebookFile(file: string): void {
  refuseUnusablePath(file)
  refuseNetworkPath(file)
  const start = Buffer.alloc(SQLITE_HEADER.length)
  let read: number
  try {
    const fd = openSync(file, 'r')
    try {
      read = readSync(fd, start, 0, start.length, 0)
    } finally {
      closeSync(fd)
    }
  } catch {
    throw new AppFailure('DB.NOT_FOUND', `There is no file at ${file}.`, { file })
  }
  if (read < start.length) throw notCasebook(file, 'it is empty or far too short.')
  if (start.equals(BACKUP_START)) {
    throw notCasebook(
      file,
      'it is a backup. Sign in, restore it to a new data file (Admin → Settings), then open that.',
    )
  }
  if (start.equals(SQLITE_HEADER)) {
    throw notCasebook(file, 'it is an ordinary, unencrypted SQLite database.')
  }
  try {
    readKeyring(file)
  } catch (error) {
    if (!(error instanceof AppFailure)) throw error
    throw notCasebook(
      file,
      error.code === 'DB.KEYRING_MISSING'
        ? `there is no key file (${file}.keyring) beside it.`
        : `the key file beside it (${file}.keyring) is damaged or not a Casebook key file.`,
    )
  }
}

/** "Open another data file…" at sign-in: checked, then used and remembered for the next start. */
export async function openAnotherDataFile(core: BackendCore, requested: string): Promise<string> {
  const file = resolve(requested)
  refuseNonCasebookFile(file)
  await core.useDataFile(file)
  return file
}
