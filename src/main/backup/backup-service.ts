import { randomBytes } from 'node:crypto'
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { AppFailure } from '../../shared/result'
import { APP_VERSION } from '../db/app-version'
import { keyringPathFor, unwrapDataKey, userLookup, writeKeyring } from '../db/keyring'
import { migrations } from '../db/migrations'
import { planMigrations } from '../db/migrations/migrator'
import { integrityCheck, openEncryptedFile } from '../db/sqlite-file'
import { refreshKeyring, type Store } from '../db/store'
import type { AnchorPoint } from '../audit'
import { extractBundle, type OpenedBundle, readBundleHeader, writeBundle } from './backup-bundle'

export type BackupKind = 'manual' | 'daily' | 'on-close' | 'pre-migration' | 'pre-restore'

export interface BackupMade {
  readonly path: string
  readonly createdAt: string
  readonly sizeBytes: number
  readonly kind: BackupKind
}

export interface BackupChecked {
  readonly file: string
  readonly createdAt: string
  readonly appVersion: string
  readonly schemaVersion: number
  readonly sizeBytes: number
  readonly integrity: string
  readonly databaseId: string
  readonly auditAnchor: AnchorPoint | null
}

/** Each stage of a long backup, for progress reports. */
export type BackupStage = 'copying' | 'checking copy' | 'writing bundle' | 'verifying bundle'

export function removeDatabaseFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}

const SCRATCH_PREFIX = '.casebook-scratch-'
const PARTIAL_SUFFIX = '.partial'

export function scratchName(folder: string): string {
  return join(folder, `${SCRATCH_PREFIX}${randomBytes(6).toString('hex')}.db`)
}

function partialName(outFile: string): string {
  return `${outFile}.${randomBytes(4).toString('hex')}${PARTIAL_SUFFIX}`
}

/**
 * Removes what a killed backup, check or restore left behind in `folder`: scratch copies of the
 * database (encrypted, but no use to anyone) and bundles never verified. Only files older than
 * `olderThanMs`, so another window's backup in progress is left alone.
 */
export function removeLeftovers(folder: string, now: Date, olderThanMs = 60 * 60_000): string[] {
  const removed: string[] = []
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return removed
  }
  for (const name of names) {
    if (!name.startsWith(SCRATCH_PREFIX) && !name.endsWith(PARTIAL_SUFFIX)) continue
    const path = join(folder, name)
    try {
      if (now.getTime() - statSync(path).mtimeMs < olderThanMs) continue
      rmSync(path, { force: true })
      removed.push(path)
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed
}

export function backupFileName(now: Date, kind: BackupKind): string {
  return `casebook-backup-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z-${kind}.cbk`
}

/** Opens an extracted copy, runs the integrity check and the migration check, and closes it. */
export function checkDatabaseCopy(
  file: string,
  dataKey: Buffer,
  label: string,
): { integrity: string; schemaVersion: number; auditAnchor: AnchorPoint | null } {
  const sqlite = openEncryptedFile(file, dataKey, { create: false, readonly: true })
  try {
    const integrity = integrityCheck(sqlite)
    if (integrity !== 'ok') {
      throw new AppFailure(
        'BACKUP.VERIFY_FAILED',
        `${label} failed its integrity check: ${integrity}`,
        {
          integrity,
        },
      )
    }
    const plan = planMigrations(sqlite, migrations, APP_VERSION, label)
    const last = sqlite
      .prepare(`SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1`)
      .get() as AnchorPoint | undefined
    return { integrity, schemaVersion: plan.applied.length, auditAnchor: last ?? null }
  } finally {
    sqlite.close()
  }
}

/**
 * Refuses a folder that does not exist now or cannot be written to (a USB drive taken out), saying
 * which: "does not exist" asks for a different fix than "cannot be written to". `what` names the
 * folder as the user knows it ("The backup folder", "The folder for the restored file").
 */
export function requireWritableFolder(folder: string, what = 'The backup folder'): void {
  let reason: 'missing' | 'not-a-folder' | 'read-only'
  try {
    reason = statSync(folder).isDirectory() ? 'read-only' : 'not-a-folder'
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    reason = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'read-only'
  }
  if (reason === 'read-only') {
    try {
      accessSync(folder, constants.W_OK)
      return
    } catch {
      // Falls through to the refusal below.
    }
  }
  const message = {
    missing: `${what} ${folder} does not exist. Create it first or choose another folder (if it is on a USB drive, is the drive plugged in?).`,
    'not-a-folder': `${what} ${folder} is a file, not a folder. Choose a folder.`,
    'read-only': `${what} ${folder} cannot be written to. Is the drive plugged in, or the network folder reachable?`,
  }[reason]
  throw new AppFailure('BACKUP.FOLDER_UNAVAILABLE', message, { folder, reason })
}

/**
 * Makes an encrypted backup bundle of the open file: `VACUUM INTO` a temporary copy, open it and run
 * the integrity check, bundle it with the keyring, then read the bundle back and check it again.
 * Only then does the file appear under its final name.
 */
export async function createBackup(
  store: Store,
  outFile: string,
  kind: BackupKind,
  now: Date,
  onStage: (stage: BackupStage, index: number) => Promise<void> = async () => {},
): Promise<BackupMade> {
  if (existsSync(outFile)) {
    throw new AppFailure(
      'BACKUP.TARGET_EXISTS',
      `${outFile} already exists; choose another name.`,
      {
        file: outFile,
      },
    )
  }
  const folder = dirname(outFile)
  requireWritableFolder(folder)
  const copy = scratchName(folder)
  // The bundle is written and verified under a temporary name (ADR 0005): a backup is only ever
  // found under its final name once it has been checked.
  const partial = partialName(outFile)
  try {
    await onStage('copying', 0)
    store.sqlite.prepare('VACUUM INTO ?').run(copy)
    chmodSync(copy, 0o600)
    // Read after the copy, not the copy this process has held since sign-in: another window or
    // command may have added or removed users (ADR 0011).
    const keyring = refreshKeyring(store)
    await onStage('checking copy', 1)
    const { schemaVersion, auditAnchor } = checkDatabaseCopy(copy, store.dataKey, 'The backup copy')
    await onStage('writing bundle', 2)
    const createdAt = now.toISOString()
    const sizeBytes = writeBundle(partial, {
      header: {
        createdAt,
        appVersion: APP_VERSION,
        schemaVersion,
        databaseId: keyring.databaseId,
        kind,
        auditAnchor,
      },
      keyring,
      databaseFile: copy,
      dataKey: store.dataKey,
    })
    await onStage('verifying bundle', 3)
    await verifyBackup(partial, async () => store.dataKey)
    renameSync(partial, outFile)
    return { path: outFile, createdAt, sizeBytes, kind }
  } finally {
    rmSync(partial, { force: true })
    removeDatabaseFiles(copy)
  }
}

/** Finds the data key for a bundle: from the caller's open file, or a password known to the bundle. */
export type KeyResolver = (opened: OpenedBundle) => Promise<Buffer>

/**
 * Tries a username (or, when none is given, every login in the bundle) with a password against the
 * bundle's own keyring. Throttling does not apply: whoever holds the file can already try offline.
 */
export function keyFromCredentials(username: string | undefined, password: string): KeyResolver {
  return async (opened) => {
    const { keyring } = opened
    const candidates = username
      ? keyring.wraps.filter(
          (w) => w.kind === 'user' && w.lookup === userLookup(keyring.databaseId, username),
        )
      : keyring.wraps.filter((w) => w.kind === 'user').slice(0, 25)
    for (const wrap of candidates) {
      const key = await unwrapDataKey(keyring, wrap, password)
      if (key) return key
    }
    throw new AppFailure(
      'AUTH.WRONG_PASSWORD',
      username
        ? `That username and password were not valid in this backup.`
        : `That password is not valid for any login in this backup.`,
    )
  }
}

function describe(file: string, opened: OpenedBundle, integrity: string): BackupChecked {
  return {
    file,
    createdAt: opened.header.createdAt,
    appVersion: opened.header.appVersion,
    schemaVersion: opened.header.schemaVersion,
    sizeBytes: opened.size,
    integrity,
    databaseId: opened.keyring.databaseId,
    auditAnchor: opened.header.auditAnchor ?? null,
  }
}

/** Checks that a backup is complete, unaltered and opens with a clean integrity check. */
export async function verifyBackup(
  file: string,
  resolveKey: KeyResolver,
  onStage: (stage: string, index: number) => Promise<void> = async () => {},
): Promise<BackupChecked> {
  await onStage('reading the backup', 0)
  const opened = readBundleHeader(file)
  const dataKey = await resolveKey(opened)
  const scratch = scratchName(tmpdir())
  try {
    await onStage('checking it is complete and unaltered', 1)
    extractBundle(file, opened, dataKey, scratch)
    await onStage('opening the copy and checking its integrity', 2)
    const { integrity } = checkDatabaseCopy(scratch, dataKey, `The backup ${file}`)
    return describe(file, opened, integrity)
  } finally {
    removeDatabaseFiles(scratch)
  }
}

/**
 * Restores a verified backup to a new data file (and its keyring). Never writes over an existing file;
 * on any failure nothing is left at the target.
 */
export async function restoreBackup(
  file: string,
  to: string,
  resolveKey: KeyResolver,
  onStage: (stage: string, index: number) => Promise<void> = async () => {},
): Promise<BackupChecked & { dataKey: Buffer; databaseId: string }> {
  for (const target of [to, keyringPathFor(to)]) {
    if (existsSync(target)) {
      throw new AppFailure(
        'BACKUP.TARGET_EXISTS',
        `${target} already exists; restore to a new file name.`,
        {
          file: target,
        },
      )
    }
  }
  requireWritableFolder(dirname(to), 'The folder for the restored file')
  await onStage('reading the backup', 0)
  const opened = readBundleHeader(file)
  const dataKey = await resolveKey(opened)
  try {
    await onStage('checking it is complete and unaltered', 1)
    extractBundle(file, opened, dataKey, to)
    await onStage('opening the restored file and checking its integrity', 2)
    const { integrity } = checkDatabaseCopy(to, dataKey, `The backup ${file}`)
    writeKeyring(to, opened.keyring)
    return { ...describe(file, opened, integrity), dataKey, databaseId: opened.keyring.databaseId }
  } catch (error) {
    removeDatabaseFiles(to)
    rmSync(keyringPathFor(to), { force: true })
    throw error
  }
}
