import { accessSync, constants, statfsSync, statSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'

/** What Casebook thinks of a backup folder: a refusal, or a warning to show beside it, and free space. */
export interface BackupFolderCheck {
  /** Why the folder cannot be used (refused), or null. */
  readonly problem: string | null
  /** Why the folder is a poor choice though usable (shown beside it), or null. */
  readonly warning: string | null
  /** Bytes free on the folder's drive, when the system says. */
  readonly freeBytes: number | null
}

function isInside(folder: string, parent: string): boolean {
  const path = relative(resolve(parent), resolve(folder))
  return path === '' || (!path.startsWith('..') && !isAbsolute(path))
}

/**
 * Checks a backup folder against the data file it protects: it must be a full path to a folder that
 * exists and can be written to, and not the data file's own folder (a backup beside the data is lost
 * with it); on the same drive it is allowed, with a warning saying why that is risky.
 */
export function checkBackupFolder(folder: string, dataFile: string): BackupFolderCheck {
  const refuse = (problem: string): BackupFolderCheck => ({
    problem,
    warning: null,
    freeBytes: null,
  })
  if (!isAbsolute(folder)) {
    return refuse(
      'Give the full path of the folder, for example D:\\Casebook backups or /media/usb/casebook.',
    )
  }
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder')
    accessSync(folder, constants.W_OK)
  } catch {
    return refuse(
      `Casebook cannot save files in ${folder}: check that the folder exists (a USB drive must be plugged in) and that you may write there.`,
    )
  }
  const dataFolder = dirname(dataFile)
  if (resolve(folder) === resolve(dataFolder)) {
    return refuse(
      'Choose a folder away from the data file’s own folder: a backup kept beside the data is lost with it (a failed disk, a deleted folder, ransomware).',
    )
  }
  let isSameDrive = false
  try {
    isSameDrive = statSync(folder).dev === statSync(dataFolder).dev
  } catch {
    // The data folder cannot be read (not set up yet): nothing to compare.
  }
  let freeBytes: number | null = null
  try {
    const fs = statfsSync(folder)
    freeBytes = Number(fs.bavail) * Number(fs.bsize)
  } catch {
    // Some network drives do not say.
  }
  return {
    problem: null,
    warning: isInside(folder, dataFolder)
      ? 'This folder is inside the data file’s own folder: if that folder is deleted or the drive fails, the backups go with it. Use a USB drive or a network folder, and keep a copy away from the office.'
      : isSameDrive
        ? 'This folder is on the same drive as the data file: if that drive fails or is stolen, the backups go with it. Use a USB drive or a network folder, and keep a copy away from the office.'
        : null,
    freeBytes,
  }
}
