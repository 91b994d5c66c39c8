import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from '../db/atomic-file'

/**
 * What a host remembers between starts (`casebook-host.json` where it keeps its settings: the
 * desktop app's user-data folder, the web harness's data folder). Only which data file to open: it is
 * read before any data file is, so it cannot live inside one.
 */
const HostSettingsSchema = z.object({ dataFile: z.string().optional() })
export type HostSettings = z.infer<typeof HostSettingsSchema>

export function readHostSettings(settingsFile: string): HostSettings {
  try {
    const parsed = HostSettingsSchema.safeParse(JSON.parse(readFileSync(settingsFile, 'utf8')))
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}

/**
 * The data file to open at start: the one chosen last time ("Open another data file…"), while it is
 * still there; otherwise the host's own. A remembered file that has gone (a USB drive taken out) is
 * never set up afresh in its place.
 */
export function dataFileToOpen(
  settingsFile: string | undefined,
  defaultFile: string,
  log: (message: string) => void,
): string {
  if (!settingsFile) return defaultFile
  const remembered = readHostSettings(settingsFile).dataFile
  if (!remembered || remembered === defaultFile) return defaultFile
  if (isAbsolute(remembered) && existsSync(remembered)) return remembered
  log(`The data file chosen last time, ${remembered}, is not there; using ${defaultFile}.`)
  return defaultFile
}

/** Remembers the data file for the next start. */
export function rememberDataFile(settingsFile: string, dataFile: string): void {
  writeFileAtomic(
    settingsFile,
    `${JSON.stringify({ ...readHostSettings(settingsFile), dataFile }, null, 2)}\n`,
  )
}
