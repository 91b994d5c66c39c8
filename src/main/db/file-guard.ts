import { existsSync, readFileSync, rmSync } from 'node:fs'
import { hostname } from 'node:os'
import { resolve } from 'node:path'
import { AppFailure } from '../../shared/result'
import { writeFileAtomic } from './atomic-file'
import { isAlive } from './file-lock'

const NETWORK_FS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  'afs',
  'ncpfs',
  '9p',
])

/** A lock older than this is from a PC that stopped without closing (crash, power cut). */
export const LOCK_STALE_MS = 3 * 60_000
export const LOCK_HEARTBEAT_MS = 60_000

/**
 * Names the network file system a path is on, or null for a local disk. SQLite's WAL needs shared
 * memory that network shares do not provide, so Casebook refuses to keep its live file there.
 */
export function networkFileSystem(file: string, mountsText?: string): string | null {
  const path = resolve(file)
  if (/^(\\\\|\/\/)/.test(file)) return 'network share (UNC path)'
  let mounts = mountsText
  if (mounts === undefined) {
    try {
      mounts = readFileSync('/proc/mounts', 'utf8')
    } catch {
      return null
    }
  }
  let best: { point: string; type: string } | null = null
  for (const line of mounts.split('\n')) {
    const [, point, type] = line.split(' ')
    if (!point || !type) continue
    const mountPoint = point.replace(/\\040/g, ' ')
    const within =
      path === mountPoint ||
      path.startsWith(mountPoint.endsWith('/') ? mountPoint : `${mountPoint}/`)
    if (within && (!best || mountPoint.length > best.point.length))
      best = { point: mountPoint, type }
  }
  return best && NETWORK_FS.has(best.type) ? best.type : null
}

export function refuseNetworkPath(file: string): void {
  const fs = networkFileSystem(file)
  if (fs) {
    throw new AppFailure(
      'DB.NETWORK_PATH',
      `${file} is on a network drive (${fs}). Keep the Casebook data file on this PC's own disk: ` +
        'two PCs writing to it over a network can corrupt it. A network folder is fine for backups.',
      { file, fileSystem: fs },
    )
  }
}

interface LockInfo {
  host: string
  pid: number
  heartbeatAt: string
}

export function lockPathFor(file: string): string {
  return `${file}.lock`
}

/**
 * Who else holds the data file's lock, if anyone: another PC whose heartbeat is fresh, or another
 * process on this PC that is still running. This process, a dead one or a stale PC count as no one.
 */
export function otherHolderOf(
  file: string,
  now: Date,
): { readonly host: string; readonly pid: number } | null {
  let held: LockInfo
  try {
    held = JSON.parse(readFileSync(lockPathFor(file), 'utf8')) as LockInfo
  } catch {
    return null
  }
  if (held.host !== hostname()) {
    return now.getTime() - Date.parse(held.heartbeatAt) < LOCK_STALE_MS ? held : null
  }
  return held.pid !== process.pid && isAlive(held.pid) ? held : null
}

/**
 * Claims the data file for this PC with a lock file naming the machine, refreshed by a heartbeat.
 * Refuses when another PC holds a fresh lock. Processes on the same PC share the file safely
 * (SQLite's own locking works on a local disk).
 */
export function claimFile(file: string, now: () => Date): { heartbeat(): void; release(): void } {
  const path = lockPathFor(file)
  const host = hostname()
  if (existsSync(path)) {
    try {
      const held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo
      const age = now().getTime() - Date.parse(held.heartbeatAt)
      if (held.host !== host && age < LOCK_STALE_MS) {
        throw new AppFailure(
          'DB.IN_USE',
          `${file} is open in Casebook on ${held.host} (last seen ${new Date(held.heartbeatAt).toLocaleTimeString('en-GB')}). ` +
            'Close Casebook there first: two PCs must not use the same file.',
          { file, host: held.host },
        )
      }
    } catch (error) {
      if (error instanceof AppFailure) throw error
      // An unreadable lock file is treated as stale.
    }
  }
  const write = () => {
    const info: LockInfo = { host, pid: process.pid, heartbeatAt: now().toISOString() }
    writeFileAtomic(path, JSON.stringify(info))
  }
  write()
  return {
    heartbeat: write,
    release() {
      try {
        const held = JSON.parse(readFileSync(path, 'utf8')) as LockInfo
        if (held.host === host && held.pid === process.pid) rmSync(path, { force: true })
      } catch {
        // Already gone.
      }
    },
  }
}
