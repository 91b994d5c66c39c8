import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { backupsToDelete, type RotatableBackup } from './backup-rotation'

const AUTOMATIC =
  /^casebook-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z-(daily|on-close)\.cbk$/

/** Automatic backups in a folder, read from their names (manual backups are left alone). */
export function listAutomaticBackups(folder: string): RotatableBackup[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const m = AUTOMATIC.exec(name)
    return m ? [{ path: join(folder, name), createdAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z` }] : []
  })
}

/** Deletes automatic backups beyond 7 daily + 4 weekly; returns what was deleted. */
export function rotateBackupFolder(folder: string): string[] {
  const doomed = backupsToDelete(listAutomaticBackups(folder))
  for (const backup of doomed) rmSync(backup.path, { force: true })
  return doomed.map((b) => b.path)
}
