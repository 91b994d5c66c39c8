import type { Settings } from '../../shared/contract/organisation-schemas'
import type { RouteParsedInput } from '../../shared/contract/routes'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import { findCouncil, readCouncils, writeCouncils } from './council-repository'
import { checkBackupFolder } from './settings-rules'
import {
  readOrganisationName,
  readStoredSettings,
  writeOrganisation,
  writeStoredSettings,
} from './settings-repository'

/** The organisation's settings as the Settings page shows them. */
export async function readSettings(db: ReadDb, dataFile: string): Promise<Settings> {
  const stored = await readStoredSettings(db)
  const check = stored.backupFolder ? checkBackupFolder(stored.backupFolder, dataFile) : null
  return {
    organisationName: await readOrganisationName(db),
    councils: await readCouncils(db),
    ...stored,
    backupFolderCheck: check && {
      problem: check.problem,
      warning: check.warning,
      freeBytes: check.freeBytes,
    },
  }
}

/** Changes the settings given (the others stay), refusing a backup folder Casebook cannot use. */
export async function updateSettings(
  db: Db,
  changes: RouteParsedInput<'settings.update'>,
  now: Date,
  dataFile: string,
): Promise<Settings> {
  const folderProblem = changes.backupFolder
    ? checkBackupFolder(changes.backupFolder, dataFile).problem
    : null
  if (folderProblem) {
    throw new AppFailure('INPUT.INVALID', folderProblem, {
      issues: [{ path: 'backupFolder', message: folderProblem }],
    })
  }
  const at = now.toISOString()
  const { organisationName, councils, ...stored } = changes
  if (organisationName !== undefined) await writeOrganisation(db, organisationName, at)
  if (councils !== undefined) await writeCouncils(db, councils, at)
  await writeStoredSettings(db, stored)
  return readSettings(db, dataFile)
}

/** A council the organisation works with, or RECORD.NOT_FOUND naming the field that chose it. */
export async function requireCouncil(db: ReadDb, id: number, field?: string) {
  const council = await findCouncil(db, id)
  if (!council) {
    throw new AppFailure(
      'RECORD.NOT_FOUND',
      'That council is not one the organisation works with.',
      field ? { field } : undefined,
    )
  }
  return council
}
