import argon2 from 'argon2'
import Database from 'better-sqlite3-multiple-ciphers'
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'
import { basename } from 'node:path'

/**
 * Probes in the crash child: they name each step that touches the disk or takes a while (an argon2
 * derivation, BEGIN and COMMIT, VACUUM INTO, the rekey, each rename and lock link) on stdout as it
 * starts and ends, so the parent knows where a kill landed, and can hold the child still at one chosen
 * step (before or after it) for the parent to kill it there. Nothing of Casebook's own code is changed:
 * the probes wrap the library functions it calls (fs, argon2, better-sqlite3's statements).
 */

/** What a step is, from the file it renames or the SQL it runs (the parent targets these names). */
export type ProbeName =
  | 'argon2'
  | 'begin'
  | 'commit'
  | 'vacuum'
  | 'rekey'
  | 'journal-mode'
  | 'checkpoint'
  | 'rename:keyring'
  | 'rename:keyring.next'
  | 'rename:anchor'
  | 'rename:backup'
  | 'rename:attempts'
  | 'rename:lock'
  | 'rename:other'
  | 'link:lock'

/** Hold the child still at the nth time (1-based) a step named `probe` runs: before or after it. */
export interface PausePoint {
  readonly probe: ProbeName
  readonly nth: number
  readonly when: 'before' | 'after'
}

/** One line on stdout, written synchronously so it is in the pipe before the child goes on. */
export function emit(line: Record<string, unknown>): void {
  const bytes = Buffer.from(`${JSON.stringify(line)}\n`)
  let offset = 0
  while (offset < bytes.length) {
    try {
      offset += fs.writeSync(1, bytes, offset)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error
    }
  }
}

function renameProbe(to: string): ProbeName {
  const name = basename(to)
  if (name.endsWith('.keyring')) return 'rename:keyring'
  if (name.endsWith('.keyring.next')) return 'rename:keyring.next'
  if (name.endsWith('.anchor')) return 'rename:anchor'
  if (name.endsWith('.cbk')) return 'rename:backup'
  if (name.endsWith('.attempts')) return 'rename:attempts'
  if (name.endsWith('.lock')) return 'rename:lock'
  return 'rename:other'
}

function sqlProbe(source: string): ProbeName | null {
  const sql = source.trim().toLowerCase()
  if (sql.startsWith('begin')) return 'begin'
  if (sql === 'commit') return 'commit'
  if (sql.startsWith('vacuum into')) return 'vacuum'
  if (sql.startsWith('pragma journal_mode =')) return 'journal-mode'
  if (sql.startsWith('pragma wal_checkpoint')) return 'checkpoint'
  return null
}

let started = performance.now()
let isArmed = false
const counts = new Map<ProbeName, number>()
const sleeper = new Int32Array(new SharedArrayBuffer(4))

/**
 * Starts naming steps (and counting them for the pause point) from now: the child calls it once it
 * has signed in, so the parent's times and counts are the operation's own.
 */
export function armProbes(): void {
  counts.clear()
  started = performance.now()
  isArmed = true
}

/** Milliseconds since the probes were armed. */
export function sinceArmed(): number {
  return Math.round(performance.now() - started)
}

/** Runs a probed step, naming it before and after, and holding still at the pause point. */
function probed<T>(probe: ProbeName, pause: PausePoint | null, work: () => T): T {
  if (!isArmed) return work()
  const nth = (counts.get(probe) ?? 0) + 1
  counts.set(probe, nth)
  const at = pause && pause.probe === probe && pause.nth === nth ? pause.when : null
  const t = sinceArmed
  emit({ kind: 'probe', probe, nth, phase: 'start', t: t() })
  // Held still for the parent's SIGKILL; 20 s is a hang guard, the parent kills within milliseconds.
  const hold = () => {
    emit({ kind: 'paused', probe, nth, when: at, t: t() })
    Atomics.wait(sleeper, 0, 0, 20_000)
  }
  if (at === 'before') hold()
  const result = work()
  const end = () => {
    emit({ kind: 'probe', probe, nth, phase: 'end', t: t() })
    if (at === 'after') hold()
  }
  if (result instanceof Promise) {
    return result.then((value: unknown) => {
      end()
      return value
    }) as T
  }
  end()
  return result
}

type Method = (...args: unknown[]) => unknown

/** Wraps the library functions Casebook calls; call once, before the backend is created. */
export function installProbes(pause: PausePoint | null): void {
  const rename = fs.renameSync
  fs.renameSync = (from: fs.PathLike, to: fs.PathLike) =>
    probed(renameProbe(String(to)), pause, () => rename(from, to))
  const link = fs.linkSync
  fs.linkSync = (existing: fs.PathLike, path: fs.PathLike) =>
    String(path).endsWith('.lock')
      ? probed('link:lock', pause, () => link(existing, path))
      : link(existing, path)
  // Casebook's modules import these by name: make the named exports follow the patched functions.
  syncBuiltinESMExports()

  const hash = argon2.hash.bind(argon2) as Method
  ;(argon2 as unknown as { hash: Method }).hash = (...args: unknown[]) =>
    probed('argon2', pause, () => hash(...args))

  // SQLite3 Multiple Ciphers re-keys while the PRAGMA is prepared, not when it is run; `pragma()`
  // prepares through the native handle, so that is where the rekey is probed.
  const probe = new Database(':memory:')
  const native = Object.getOwnPropertySymbols(probe)
    .map((symbol) => (probe as unknown as Record<symbol, unknown>)[symbol])
    .find((value) => typeof (value as { prepare?: unknown })?.prepare === 'function')
  const handle = Object.getPrototypeOf(native) as Record<string, Method>
  const prepare = handle.prepare!
  handle.prepare = function (this: unknown, ...args: unknown[]) {
    return /^\s*pragma\s+rekey/i.test(String(args[0]))
      ? probed('rekey', pause, () => prepare.apply(this, args))
      : prepare.apply(this, args)
  }
  const statement = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, Method>
  probe.close()
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method]!
    statement[method] = function (this: { source: string }, ...args: unknown[]) {
      const name = sqlProbe(this.source)
      return name
        ? probed(name, pause, () => original.apply(this, args))
        : original.apply(this, args)
    }
  }
}
