import { accessSync, constants, statSync } from 'node:fs'
import { isAbsolute } from 'node:path'

/** Why a backup folder cannot be used (a message for the field), or null when it can. */
export function backupFolderProblem(folder: string): string | null {
  if (!isAbsolute(folder)) {
    return 'Give the full path of the folder, for example D:\\Casebook backups or /media/usb/casebook.'
  }
  try {
    if (!statSync(folder).isDirectory()) throw new Error('not a folder')
    accessSync(folder, constants.W_OK)
    return null
  } catch {
    return `Casebook cannot save files in ${folder}: check that the folder exists (a USB drive must be plugged in) and that you may write there.`
  }
}
