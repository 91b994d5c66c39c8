import type { BackupInfo } from '../../shared/contract/backup-routes'
import type { Db, ReadDb } from '../db/handles'
import type { BackupRow } from '../db/schema'
import type { BackupMade } from './backup-service'

export async function recordBackup(db: Db, made: BackupMade, verifiedAt: string): Promise<void> {
  await db
    .insertInto('backups')
    .values({
      path: made.path,
      created_at: made.createdAt,
      size_bytes: made.sizeBytes,
      kind: made.kind,
      verified_at: verifiedAt,
    })
    .execute()
}

export function rowToBackupInfo(row: BackupRow): BackupInfo {
  return {
    path: row.path,
    createdAt: row.created_at,
    sizeBytes: row.size_bytes,
    kind: row.kind,
  }
}

export async function lastBackup(
  db: ReadDb,
  kinds?: readonly BackupInfo['kind'][],
): Promise<BackupRow | undefined> {
  let query = db.selectFrom('backups').selectAll().orderBy('created_at', 'desc').limit(1)
  if (kinds) query = query.where('kind', 'in', kinds)
  return query.executeTakeFirst()
}
