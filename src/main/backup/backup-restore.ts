import { readKeyring } from '../db/keyring'
import { openStore } from '../db/store'
import { anchorAtEnd, appendAuditEvent } from '../audit'

/**
 * Records a restore inside the restored file itself (migrating it first if it is older), so the file
 * says where it came from even before anyone signs in to it.
 */
export async function recordRestoreInside(
  file: string,
  dataKey: Buffer,
  restore: { at: Date; actor: string | null; from: string; backupMadeAt: string },
): Promise<void> {
  const store = openStore(file, dataKey, readKeyring(file), { now: () => restore.at })
  try {
    await appendAuditEvent(store.db, {
      at: restore.at.toISOString(),
      actorUserId: null,
      actor: restore.actor,
      action: 'backup.restore',
      entityType: 'backup',
      entityId: restore.from,
      summary: `Restored from a backup made ${restore.backupMadeAt}`,
      digest: null,
    })
    await anchorAtEnd(store.db, { dataFile: file, databaseId: store.keyring.databaseId })
  } finally {
    store.close()
  }
}
