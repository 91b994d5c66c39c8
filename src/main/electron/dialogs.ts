import { join } from 'node:path'
import {
  type BrowserWindow,
  dialog,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron'
import type { FilePurpose } from '../../shared/contract/api'
import { localIsoDate } from '../../shared/dates'

/**
 * The native folder picker (backup folder, export folder). Returns null when the user cancels.
 *
 * @example const folder = await chooseFolder(window, 'Choose a backup folder')
 */
export async function chooseFolder(
  parent: BrowserWindow | null,
  title: string,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    title,
    buttonLabel: 'Choose folder',
    properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
  }
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}

/** The file dialogs the page may ask for, by purpose: it never chooses the wording or file types. */
const FILE_DIALOGS = {
  backup: {
    kind: 'open',
    options: {
      title: 'Choose a backup file',
      buttonLabel: 'Choose backup',
      filters: [
        { name: 'Casebook backups', extensions: ['cbk'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile', 'dontAddToRecent'],
    },
  },
  'data-file': {
    kind: 'open',
    options: {
      title: 'Open a Casebook data file',
      buttonLabel: 'Open data file',
      filters: [
        { name: 'Casebook data files', extensions: ['db'] },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['openFile', 'dontAddToRecent'],
    },
  },
  'new-data-file': {
    kind: 'save',
    options: {
      title: 'Where should the restored data file go?',
      buttonLabel: 'Restore here',
      filters: [{ name: 'Casebook data files', extensions: ['db'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
    },
  },
} as const satisfies Record<
  FilePurpose,
  { kind: 'open'; options: OpenDialogOptions } | { kind: 'save'; options: SaveDialogOptions }
>

/**
 * The native file picker for one purpose: an existing backup to check or restore, or a new file
 * to restore into (starting in `folder`, named for today). Returns null when the user cancels.
 *
 * @example const file = await chooseFile(window, 'backup', app.getPath('userData'))
 */
export async function chooseFile(
  parent: BrowserWindow | null,
  purpose: FilePurpose,
  folder: string,
): Promise<string | null> {
  const chosen = FILE_DIALOGS[purpose]
  if (chosen.kind === 'open') {
    const options: OpenDialogOptions = {
      ...chosen.options,
      properties: [...chosen.options.properties],
    }
    const result = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  }
  const options: SaveDialogOptions = {
    ...chosen.options,
    properties: [...chosen.options.properties],
    defaultPath: join(folder, `casebook-restored-${localIsoDate(new Date())}.db`),
  }
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

export interface AboutDetails {
  readonly version: string
  readonly dataFile: string | null
  readonly schemaVersion: number | null
}

/** Help › About: the version and where the data file lives (what a support call needs first). */
export async function showAbout(parent: BrowserWindow | null, about: AboutDetails): Promise<void> {
  const lines = [
    `Version ${about.version}`,
    about.dataFile ? `Data file: ${about.dataFile}` : null,
    about.schemaVersion !== null ? `Data format: ${about.schemaVersion}` : null,
    `Electron ${process.versions.electron ?? 'unknown'}, Chromium ${process.versions.chrome ?? 'unknown'}`,
  ].filter((line): line is string => line !== null)
  const options = {
    type: 'info' as const,
    title: 'About Casebook',
    message: 'Casebook',
    detail: lines.join('\n'),
    buttons: ['OK'],
  }
  if (parent) await dialog.showMessageBox(parent, options)
  else await dialog.showMessageBox(options)
}
