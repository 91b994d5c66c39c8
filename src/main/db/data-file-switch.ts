import { createHash } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { z } from 'zod'
import { AppFailure } from '../../shared/result'
import { writeFileAtomic } from './atomic-file'
import { withKeyringLock } from './keyring-file'

/**
 * Switching the data file to a restored one (ADR 0014): the current set is renamed aside under a
 * dated name, the restored set renamed into its place. Several renames cannot be one atomic step, so
 * a journal beside the data file names every path first, and whoever finds it next (this process on
 * an error, or the next start after a kill) settles it one way or the other: the old set's data file
 * having reached its dated name is the point of no return.
 */

/**
 * Files that belong to one data file and must travel with it, moved before the data file itself. The
 * lock files (`.lock`, `.keyring.lock`, `.attempts.lock`) are about the path, not the data, and stay.
 */
export const TRAVELLING_SIDECARS = ['.keyring', '.keyring.next', '.anchor', '.attempts'] as const

const SwitchPlanSchema = z.object({
  format: z.literal('casebook-switch'),
  version: z.literal(1),
  /** The path Casebook uses; it keeps using it, with the restored data in it. */
  dataFile: z.string(),
  /** Where the restore wrote the restored file. */
  restored: z.string(),
  /** A verified copy of the restored set beside the data file, when it was in another folder. */
  incoming: z.string().nullable(),
  /** The dated name the current data file is kept under. */
  aside: z.string(),
  at: z.string(),
  actor: z.string().nullable(),
})
export type SwitchPlan = z.infer<typeof SwitchPlanSchema>

/** What a settled switch did: finished (restored data in place) or undone (nothing changed). */
export interface SwitchSettled {
  readonly outcome: 'finished' | 'undone'
  readonly plan: SwitchPlan
}

export function switchJournalPathFor(dataFile: string): string {
  return `${dataFile}.switch`
}

/** Left by a settled switch for the next sign-in to write into the audit log of the file in place. */
export function switchNotePathFor(dataFile: string): string {
  return `${dataFile}.switch-note`
}

function setPaths(file: string): string[] {
  return [...TRAVELLING_SIDECARS.map((suffix) => `${file}${suffix}`), file]
}

/** Makes a rename (or a removal) in `folder` durable: on Windows a folder cannot be opened, and NTFS journals renames itself. */
function syncFolder(folder: string): void {
  let fd: number | null = null
  try {
    fd = openSync(folder, 'r')
    fsyncSync(fd)
  } catch {
    // Not possible on this platform.
  } finally {
    if (fd !== null) closeSync(fd)
  }
}

/**
 * `casebook.db` switched on 6 December 2026 at 08:15 UTC is kept as
 * `casebook-before-restore-2026-12-06T0815.db` (then `-2`, `-3`… when that is taken by any file of a set).
 */
export function asideNameFor(dataFile: string, now: Date): string {
  const extension = extname(dataFile)
  const stem = basename(dataFile, extension)
  const stamp = now.toISOString().slice(0, 16).replace(':', '')
  for (let n = 1; ; n++) {
    const name = `${stem}-before-restore-${stamp}${n > 1 ? `-${n}` : ''}${extension}`
    const path = join(dirname(dataFile), name)
    if (!setPaths(path).some((p) => existsSync(p))) return path
  }
}

function incomingNameFor(dataFile: string): string {
  const extension = extname(dataFile)
  return join(dirname(dataFile), `${basename(dataFile, extension)}-restored-incoming${extension}`)
}

/**
 * Works out every path of a switch from `dataFile` (in use) to `restored`, refusing a restored file
 * that is the data file itself, has no keyring beside it, or still has a journal of its own.
 */
export function planSwitch(
  dataFile: string,
  restored: string,
  now: Date,
  actor: string | null,
): SwitchPlan {
  const from = resolve(restored)
  const to = resolve(dataFile)
  if (from === to) {
    throw new AppFailure('DB.EXISTS', `${from} is the data file in use already.`, { file: from })
  }
  if (!existsSync(from) || !statSync(from).isFile()) {
    throw new AppFailure('DB.NOT_FOUND', `There is no restored data file at ${from}.`, {
      file: from,
    })
  }
  if (!existsSync(`${from}.keyring`)) {
    throw new AppFailure(
      'DB.KEYRING_MISSING',
      `${from} has no key file (${from}.keyring) beside it, so it cannot be switched to.`,
      { file: from },
    )
  }
  const isSameFolder = dirname(from) === dirname(to)
  const incoming = isSameFolder ? null : incomingNameFor(to)
  if (incoming && setPaths(incoming).some((p) => existsSync(p))) {
    throw new AppFailure(
      'DB.EXISTS',
      `${incoming} is in the way (left by an earlier switch?). Move it somewhere else first.`,
      { file: incoming },
    )
  }
  return {
    format: 'casebook-switch',
    version: 1,
    dataFile: to,
    restored: from,
    incoming,
    aside: asideNameFor(to, now),
    at: now.toISOString(),
    actor,
  }
}

/** Written (atomically, and the folder synced) before anything is moved. */
export function writeSwitchJournal(plan: SwitchPlan): void {
  writeFileAtomic(switchJournalPathFor(plan.dataFile), `${JSON.stringify(plan, null, 2)}\n`)
  syncFolder(dirname(plan.dataFile))
}

export function readSwitchJournal(dataFile: string): SwitchPlan {
  const path = switchJournalPathFor(dataFile)
  const parsed = SwitchPlanSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success || parsed.data.dataFile !== resolve(dataFile)) {
    throw new AppFailure(
      'DB.CANNOT_OPEN',
      `${path} is not a switch Casebook can finish. Look at it, then move it away to carry on.`,
      { file: path },
    )
  }
  return parsed.data
}

function digestOf(file: string): string {
  const hash = createHash('sha256')
  const buffer = Buffer.alloc(1 << 20)
  const fd = openSync(file, 'r')
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      hash.update(buffer.subarray(0, read))
    }
  } finally {
    closeSync(fd)
  }
  return hash.digest('hex')
}

function copyVerified(from: string, to: string): void {
  copyFileSync(from, to, constants.COPYFILE_EXCL)
  chmodSync(to, 0o600)
  const fd = openSync(to, 'r+')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  if (digestOf(from) !== digestOf(to)) {
    throw new AppFailure(
      'DB.CANNOT_OPEN',
      `The copy of ${from} made beside the data file does not match it (is the drive failing?). Nothing was switched.`,
      { file: from },
    )
  }
}

/** A restored set in another folder is first copied beside the data file, synced and compared. */
export function stageIncoming(plan: SwitchPlan): void {
  if (!plan.incoming) return
  for (const suffix of [...TRAVELLING_SIDECARS, '']) {
    if (existsSync(`${plan.restored}${suffix}`)) {
      copyVerified(`${plan.restored}${suffix}`, `${plan.incoming}${suffix}`)
    }
  }
  syncFolder(dirname(plan.dataFile))
}

function moveIfThere(from: string, to: string): void {
  if (existsSync(from) && !existsSync(to)) renameSync(from, to)
}

/** The current set to its dated name: the sidecars first, the data file last (the point of no return). */
export function moveAside(plan: SwitchPlan): void {
  for (const suffix of [...TRAVELLING_SIDECARS, '']) {
    moveIfThere(`${plan.dataFile}${suffix}`, `${plan.aside}${suffix}`)
  }
  syncFolder(dirname(plan.dataFile))
}

/** The restored set (or its verified copy) into place: the sidecars first, the data file last. */
export function moveIn(plan: SwitchPlan): void {
  const source = plan.incoming ?? plan.restored
  for (const suffix of [...TRAVELLING_SIDECARS, '']) {
    moveIfThere(`${source}${suffix}`, `${plan.dataFile}${suffix}`)
  }
  syncFolder(dirname(plan.dataFile))
}

function removeSet(file: string): void {
  for (const path of setPaths(file)) rmSync(path, { force: true })
}

/**
 * Finishes or undoes a switch from its journal, whatever step it stopped at, and removes the journal.
 * Once the current data file has its dated name the switch is finished (the rest of the restored set
 * moved in); before that it is undone (any sidecars moved aside come back; a copy made beside the
 * data file is removed, the restored file itself was not touched). `note` leaves the outcome for the
 * next sign-in to record. The caller holds the keyring lock.
 */
export function settleSwitch(plan: SwitchPlan, options: { note: boolean }): SwitchSettled {
  let outcome: SwitchSettled['outcome']
  if (existsSync(plan.aside)) {
    moveIn(plan)
    if (!existsSync(plan.dataFile)) {
      throw new AppFailure(
        'DB.CANNOT_OPEN',
        `A switch to ${plan.restored} stopped part-way and cannot be finished: neither it nor a copy beside ${plan.dataFile} is there. The previous data file is safe as ${plan.aside}.`,
        { file: plan.dataFile },
      )
    }
    // The copies arrived: the originals in the other folder were only ever the source of a move.
    if (plan.incoming) removeSet(plan.restored)
    outcome = 'finished'
  } else {
    for (const suffix of TRAVELLING_SIDECARS) {
      moveIfThere(`${plan.aside}${suffix}`, `${plan.dataFile}${suffix}`)
    }
    if (plan.incoming) removeSet(plan.incoming)
    outcome = 'undone'
  }
  if (options.note) {
    writeFileAtomic(
      switchNotePathFor(plan.dataFile),
      `${JSON.stringify({ outcome, plan }, null, 2)}\n`,
    )
  }
  rmSync(switchJournalPathFor(plan.dataFile), { force: true })
  syncFolder(dirname(plan.dataFile))
  return { outcome, plan }
}

/**
 * At start (before anything reads the data file or its keyring): a journal beside it is from a switch
 * killed part-way, settled now. Under the keyring lock, so a switch still running in another process
 * is waited for, never settled under it.
 */
export async function settleInterruptedSwitch(dataFile: string): Promise<SwitchSettled | null> {
  if (!existsSync(switchJournalPathFor(dataFile))) return null
  return withKeyringLock(dataFile, () =>
    existsSync(switchJournalPathFor(dataFile))
      ? settleSwitch(readSwitchJournal(dataFile), { note: true })
      : null,
  )
}

/** The outcome a settled switch left for the audit log, if any. */
export function readSwitchNote(dataFile: string): SwitchSettled | null {
  try {
    const note = JSON.parse(readFileSync(switchNotePathFor(dataFile), 'utf8')) as {
      outcome: unknown
      plan: unknown
    }
    const plan = SwitchPlanSchema.safeParse(note.plan)
    if (!plan.success || (note.outcome !== 'finished' && note.outcome !== 'undone')) return null
    return { outcome: note.outcome, plan: plan.data }
  } catch {
    return null
  }
}

/** Refuses to open a data file while a switch is moving it (a process that opened first is caught by the switch). */
export function refuseWhileSwitching(dataFile: string): void {
  if (existsSync(switchJournalPathFor(dataFile))) {
    throw new AppFailure(
      'DB.BUSY',
      `Casebook is switching ${dataFile} to a restored copy; try again in a moment.`,
      { file: dataFile },
    )
  }
}
