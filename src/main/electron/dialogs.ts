import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron'

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
