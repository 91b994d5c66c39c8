import { randomBytes } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { hostname } from 'node:os'
import { AppFailure } from '../../shared/result'

/**
 * A short exclusive lock between processes on this PC, for read-modify-write of the small files beside
 * the data file (keyring, sign-in attempts). The lock file names its holder (pid, host, time); a holder
 * that died is taken over, and a live one is waited for up to a limit.
 */
interface Holder {
  pid: number
  host: string
  at: string
  token: string
}

export interface LockOptions {
  /** How long to wait for a live holder before giving up with `DB.BUSY`. */
  readonly timeoutMs?: number
  /** A holder on another PC (whose pid cannot be checked) is stale after this long. */
  readonly foreignStaleMs?: number
}

export const LOCK_TIMEOUT_MS = 15_000
const FOREIGN_STALE_MS = 10 * 60_000
/** A lock file with no readable holder (cut short) is stale after this long. */
const UNREADABLE_STALE_MS = 5_000

export const BUSY_MESSAGE =
  'Another Casebook window or command is writing to the data file; try again in a moment.'

function readHolder(path: string): Holder | null | 'absent' {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'absent'
    return null
  }
  try {
    const held = JSON.parse(text) as Partial<Holder>
    if (typeof held.pid !== 'number' || typeof held.token !== 'string') return null
    return held as Holder
  } catch {
    return null
  }
}

/** Whether a process on this PC is still running. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs
  } catch {
    return 0
  }
}

function isStale(path: string, held: Holder | null, foreignStaleMs: number): boolean {
  if (!held) return ageMs(path) > UNREADABLE_STALE_MS
  if (held.host === hostname()) return !isAlive(held.pid)
  return Date.now() - Date.parse(held.at) > foreignStaleMs
}

/** Writes the holder to a private temp file and links it into place: the lock is never half-written. */
function tryCreate(path: string, holder: Holder): boolean {
  const tmp = `${path}.${holder.token}`
  const fd = openSync(tmp, 'wx', 0o600)
  try {
    writeSync(fd, JSON.stringify(holder))
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(tmp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    rmSync(tmp, { force: true })
  }
}

/**
 * Removes a stale lock, but only the one judged stale: a second lock (`.break`) makes the check and
 * the removal one step, so two waiters cannot each remove a lock the other has just taken.
 */
function breakStale(path: string, seen: Holder | null): void {
  const breaker = `${path}.break`
  let fd: number
  try {
    fd = openSync(breaker, 'wx', 0o600)
  } catch {
    // Someone else is breaking it; a breaker left by a crash is cleared after a while.
    if (ageMs(breaker) > UNREADABLE_STALE_MS) rmSync(breaker, { force: true })
    return
  }
  try {
    const now = readHolder(path)
    const same =
      now === null || seen === null ? now === seen : now !== 'absent' && now.token === seen.token
    if (same) rmSync(path, { force: true })
  } finally {
    closeSync(fd)
    rmSync(breaker, { force: true })
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Runs `work` while holding the lock file at `path`; always releases it, also when `work` throws. */
export async function withFileLock<T>(
  path: string,
  work: () => T | Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? LOCK_TIMEOUT_MS
  const foreignStaleMs = options.foreignStaleMs ?? FOREIGN_STALE_MS
  const holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') }
  const started = Date.now()
  let pause = 5
  while (!tryCreate(path, { ...holder, at: new Date().toISOString() })) {
    const held = readHolder(path)
    if (held === 'absent') continue
    if (isStale(path, held, foreignStaleMs)) {
      breakStale(path, held)
      continue
    }
    if (Date.now() - started > timeoutMs) {
      throw new AppFailure('DB.BUSY', BUSY_MESSAGE, { lockFile: path })
    }
    await sleep(pause + Math.random() * pause)
    pause = Math.min(100, pause * 2)
  }
  try {
    return await work()
  } finally {
    const held = readHolder(path)
    if (held && held !== 'absent' && held.token === holder.token) rmSync(path, { force: true })
  }
}
