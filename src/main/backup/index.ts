/** Verified, encrypted backup bundles: making, checking, restoring to a new file, and rotation. */
export { backupHandlers } from './backup-handlers'
export { rotateBackupFolder } from './backup-folder'
export { isDailyBackupDue, makeAndRecordBackup } from './backup-making'
export { removeLeftovers } from './backup-service'
export type { BackupKind, BackupMade } from './backup-service'
