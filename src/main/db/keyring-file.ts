import { withFileLock } from './file-lock'
import { type Keyring, keyringPathFor, readKeyring, type WrappedKey, writeKeyring } from './keyring'

/**
 * Changes to the keyring are functions of the keyring as it is on disk at that moment, never of a copy
 * read earlier: another window or command may have added or removed a holder since (ADR 0011).
 */
export type KeyringChange = (keyring: Keyring) => Keyring

export interface KeyringWrite {
  readonly before: Keyring
  readonly after: Keyring
}

export function keyringLockPathFor(databaseFile: string): string {
  return `${keyringPathFor(databaseFile)}.lock`
}

/** Runs `work` holding the keyring lock (also used by key rotation, which must not interleave). */
export function withKeyringLock<T>(databaseFile: string, work: () => T | Promise<T>): Promise<T> {
  return withFileLock(keyringLockPathFor(databaseFile), work)
}

/** Reads the keyring, applies `changes` in order and writes it back atomically, under the lock. */
export function changeKeyringFile(
  databaseFile: string,
  changes: readonly KeyringChange[],
): Promise<KeyringWrite> {
  return withKeyringLock(databaseFile, () => {
    const before = readKeyring(databaseFile)
    const after = changes.reduce((keyring, change) => change(keyring), before)
    writeKeyring(databaseFile, after)
    return { before, after }
  })
}

const same = (a: WrappedKey | undefined, b: WrappedKey | undefined) =>
  JSON.stringify(a) === JSON.stringify(b)

/** `current` with the difference between `before` and `after` taken back out. */
export function undoKeyringWrite(current: Keyring, { before, after }: KeyringWrite): Keyring {
  const beforeById = new Map(before.wraps.map((w) => [w.id, w]))
  const afterById = new Map(after.wraps.map((w) => [w.id, w]))
  const added = new Set(after.wraps.filter((w) => !beforeById.has(w.id)).map((w) => w.id))
  const restored = before.wraps.filter((w) => !same(w, afterById.get(w.id)))
  const restoredIds = new Set(restored.map((w) => w.id))
  const wraps = [
    ...current.wraps.filter((w) => !added.has(w.id) && !restoredIds.has(w.id)),
    ...restored,
  ]
  const nowDisabled = after.disabledLookups.filter((l) => !before.disabledLookups.includes(l))
  const wasDisabled = before.disabledLookups.filter((l) => !after.disabledLookups.includes(l))
  const disabledLookups = [
    ...current.disabledLookups.filter((l) => !nowDisabled.includes(l)),
    ...wasDisabled.filter((l) => !current.disabledLookups.includes(l)),
  ]
  return { ...current, wraps, disabledLookups }
}

/** Takes a keyring write back out (its database change did not commit), keeping others' changes. */
export function revertKeyringFile(databaseFile: string, done: KeyringWrite): Promise<Keyring> {
  return withKeyringLock(databaseFile, () => {
    const reverted = undoKeyringWrite(readKeyring(databaseFile), done)
    writeKeyring(databaseFile, reverted)
    return reverted
  })
}
