import { accessSync, chmodSync, closeSync, constants, mkdirSync, openSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { AppFailure } from '../../shared/result'

/** Files beside the data file that hold its data, keys or sign-in counts: only the owner may read them. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '.keyring', '.attempts', '.lock'] as const
const OWNER_ONLY = 0o600

function cannotOpen(file: string, why: string): AppFailure {
  return new AppFailure('DB.CANNOT_OPEN', `Casebook cannot use ${file}: ${why}`, { file })
}

/**
 * Refuses a data file path Casebook cannot use (a folder, a path through a file, no permission),
 * naming it, before the driver fails with "unable to open database file". A missing file is left to
 * the caller (set-up creates it; sign-in says there is none).
 */
export function refuseUnusablePath(file: string): void {
  let isFile: boolean
  try {
    const stats = statSync(file)
    if (stats.isDirectory()) {
      throw cannotOpen(file, 'it is a folder. Give the path of the data file (e.g. casebook.db).')
    }
    isFile = stats.isFile()
  } catch (error) {
    if (error instanceof AppFailure) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return
    if (code === 'ENOTDIR') throw cannotOpen(file, 'part of that path is a file, not a folder.')
    throw cannotOpen(file, 'this account may not read it (permission denied).')
  }
  if (!isFile) throw cannotOpen(file, 'it is not an ordinary file.')
  try {
    accessSync(file, constants.R_OK | constants.W_OK)
  } catch {
    throw cannotOpen(file, 'this account may not read and write it (permission denied).')
  }
}

/**
 * Creates the folder a new data file goes in, one level at a time (`mkdirSync` with `recursive`
 * never returns for some unusable paths, e.g. under /proc).
 */
export function makeFolderFor(file: string): void {
  const missing: string[] = []
  let folder = dirname(file)
  for (;;) {
    try {
      if (!statSync(folder).isDirectory()) {
        throw cannotOpen(file, `${folder} is a file, not a folder.`)
      }
      break
    } catch (error) {
      if (error instanceof AppFailure) throw error
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'ENOENT' || dirname(folder) === folder) {
        throw cannotOpen(file, `its folder ${folder} cannot be reached.`)
      }
      missing.unshift(folder)
      folder = dirname(folder)
    }
  }
  for (const level of missing) {
    try {
      mkdirSync(level)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw cannotOpen(file, `the folder ${level} cannot be created.`)
      }
    }
  }
}

/**
 * Creates an empty file only the owner may read, failing if it exists. SQLite gives the WAL and
 * shared-memory files the mode of the database file, and `VACUUM INTO` keeps the mode of an empty
 * target, so creating the file first is how they all end up owner-only.
 */
export function createPrivateFile(path: string): void {
  closeSync(openSync(path, 'wx', OWNER_ONLY))
}

/** Tightens the data file and its companions to owner-only (files made by older versions were 0644). */
export function makeDataFilesPrivate(file: string): void {
  for (const path of [file, ...COMPANION_SUFFIXES.map((suffix) => `${file}${suffix}`)]) {
    try {
      if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, OWNER_ONLY)
    } catch {
      // Absent, or owned by another account: nothing this process can tighten.
    }
  }
}
