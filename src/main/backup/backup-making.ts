import { join } from 'node:path'
import { formatDateTime } from '../../shared/dates'
import type { BackupStatus } from '../../shared/contract/backup-routes'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import type { Store } from '../db/store'
import type { AuditEventInput } from '../kernel'
import { readStoredSettings } from '../organisation'
import { lastBackup, recordBackup, rowToBackupInfo } from './backup-repository'
import { lastDrills } from './restore-drill'
import { type BackupKind, type BackupMade, backupFileName, createBackup } from './backup-service'

const OVERDUE_DAYS = 7
const DAY_MS = 86_400_000

/**
 * Makes a verified backup of the open store in `file` (or, with no file, under a dated name in the
 * backup folder), then records it and its audit event together.
 */
export async function makeAndRecordBackup(
  store: Store,
  kind: BackupKind,
  file: string | null,
  now: Date,
  audit: (entry: AuditEventInput, db: Db) => Promise<void>,
  onStage?: (stage: string, index: number) => Promise<void>,
): Promise<BackupMade> {
  let target = file
  if (!target) {
    const settings = await readStoredSettings(store.db)
    if (!settings.backupFolder) {
      throw new AppFailure(
        'BACKUP.FOLDER_UNAVAILABLE',
        'Choose a backup folder in Settings first (a USB drive or a shared network folder).',
      )
    }
    target = join(settings.backupFolder, backupFileName(now, kind))
  }
  const made = await createBackup(store, target, kind, now, onStage)
  await store.db.transaction().execute(async (trx) => {
    await recordBackup(trx, made, now.toISOString())
    await audit(
      {
        action: 'backup.create',
        entityType: 'backup',
        entityId: made.path,
        summary: `${kind} backup, ${made.sizeBytes} bytes, verified`,
      },
      trx,
    )
  })
  return made
}

/** Whether a daily backup is due: none of any kind in the last 24 hours. */
export async function isDailyBackupDue(db: ReadDb, now: Date): Promise<boolean> {
  const last = await lastBackup(db, ['daily', 'on-close', 'manual'])
  return !last || now.getTime() - Date.parse(last.created_at) >= DAY_MS
}

/** The last good backup and whether it is overdue, in words for the reminder on every page. */
export async function backupStatus(db: ReadDb, now: Date): Promise<BackupStatus> {
  const settings = await readStoredSettings(db)
  const last = await lastBackup(db)
  const days = last ? Math.floor((now.getTime() - Date.parse(last.created_at)) / DAY_MS) : null
  const isOverdue = days === null || days >= OVERDUE_DAYS
  let message: string
  if (!last) {
    message = settings.backupFolder
      ? 'There is no backup yet. Make one now.'
      : 'There is no backup yet. Choose a backup folder in Settings, then make one.'
  } else if (isOverdue) {
    message = `The last good backup was ${days} days ago (${formatDateTime(last.created_at)}). Make one now.`
  } else {
    message = `Last good backup: ${formatDateTime(last.created_at)}${days === 0 ? ' (today)' : ''}.`
  }
  return {
    folder: settings.backupFolder,
    ...(await lastDrills(db)),
    lastGood: last ? rowToBackupInfo(last) : null,
    daysSinceLastGood: days,
    isOverdue,
    message,
  }
}
