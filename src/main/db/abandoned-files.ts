import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { hostname } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { isAlive } from './file-lock'

/** `<target>.tmp-<pid>-<random>`: a copy `writeFileAtomic` wrote but had not yet renamed into place. */
const TEMPORARY_COPY = /\.tmp-(\d+)-[0-9a-f]{8}$/
/** `<file>.lock.<token>`: a lock file's holder, written before it is linked into place. */
const LOCK_HOLDER = /\.lock\.[0-9a-f]{16}$/

function writerOf(folder: string, name: string): number | null {
  const copy = TEMPORARY_COPY.exec(name)
  if (copy) return Number(copy[1])
  if (!LOCK_HOLDER.test(name)) return null
  try {
    const held = JSON.parse(readFileSync(join(folder, name), 'utf8')) as {
      pid?: unknown
      host?: unknown
    }
    return held.host === hostname() && typeof held.pid === 'number' ? held.pid : null
  } catch {
    return null
  }
}

/**
 * Removes what a process killed part-way through writing a file beside the data file left there: a
 * temporary copy of the keyring, anchor, attempts or lock file never renamed into place, or a lock
 * holder never linked. Nothing else would ever remove them, and a copy of an old keyring still holds
 * the keys of logins disabled since. Only files whose writer is no longer running are removed (the
 * data file is always on this PC's own disk, so the process can be checked here); a copy that
 * another window is writing now is left alone.
 */
export function removeAbandonedWrites(dataFile: string): string[] {
  const folder = dirname(dataFile)
  const prefix = `${basename(dataFile)}.`
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names.filter((n) => n.startsWith(prefix))) {
    const pid = writerOf(folder, name)
    if (pid === null || pid === process.pid || isAlive(pid)) continue
    rmSync(join(folder, name), { force: true })
    removed.push(join(folder, name))
  }
  return removed
}
