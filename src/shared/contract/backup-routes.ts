import { z } from 'zod'
import { rolesWith } from '../policy'
import { Password, Username } from './auth-schemas'
import { route } from './route'
import { textRule } from './text-rules'

export const BackupInfo = z.object({
  path: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  kind: z.enum(['manual', 'daily', 'on-close', 'pre-migration', 'pre-restore']),
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const RestoreDrill = z.object({
  at: z.string(),
  result: z.enum(['passed', 'failed']),
  backupPath: z.string(),
  detail: z.string(),
})
export type RestoreDrill = z.infer<typeof RestoreDrill>

export const BackupStatus = z.object({
  folder: z.string().nullable(),
  /** The newest restore drill, and the newest that passed (Admin → Backups → Test a restore). */
  lastDrill: RestoreDrill.nullable(),
  lastPassedDrill: RestoreDrill.nullable(),
  lastGood: BackupInfo.nullable(),
  daysSinceLastGood: z.number().int().nullable(),
  isOverdue: z.boolean(),
  message: z.string(),
})
export type BackupStatus = z.infer<typeof BackupStatus>

export const BackupVerification = z.object({
  file: z.string(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  sizeBytes: z.number().int(),
  integrity: z.string(),
  /** The newest audit event in the backup, for checking later logs against (null before anchors). */
  auditAnchor: z.object({ id: z.number().int(), hash: z.string() }).nullable(),
  /**
   * Checked against the open data file's audit log when someone is signed in to it: whether the log
   * still holds the backup's newest event unchanged.
   */
  auditLog: z.object({ holdsBackup: z.boolean(), message: z.string() }).nullable(),
})

const FilePath = z
  .string()
  .trim()
  .check(textRule('File path', 'single-line'))
  .min(1, 'Enter a file path.')
  .max(1000, 'A file path must be at most 1,000 characters.')

export const backupRoutes = {
  'backup.status': route({
    input: {},
    output: BackupStatus,
    access: 'signed-in',
    kind: 'read',
    summary: 'When the last good backup was made, and whether one is overdue',
  }),
  'backup.create': route({
    input: { file: FilePath.optional() },
    output: BackupInfo,
    access: rolesWith('backup.make'),
    kind: 'job',
    summary: 'Make a verified, encrypted backup (to the backup folder unless a file is given)',
  }),
  'backup.verify': route({
    input: {
      file: FilePath,
      username: Username.optional(),
      password: Password.optional(),
    },
    output: BackupVerification,
    access: 'public',
    kind: 'job',
    summary: 'Check a backup is whole and opens (needs a password known to that backup)',
  }),
  'backup.testRestore': route({
    input: { file: FilePath.optional() },
    output: z.object({
      result: z.enum(['passed', 'failed']),
      backupPath: z.string(),
      backupMadeAt: z.string().nullable(),
      detail: z.string(),
      tables: z.array(
        z.object({ name: z.string(), inBackup: z.number().int(), now: z.number().int() }),
      ),
    }),
    access: rolesWith('backup.make'),
    kind: 'job',
    summary:
      'Test a restore: the newest backup restored to a scratch copy, opened, checked and compared with the data file (recorded)',
  }),
  'backup.restore': route({
    input: {
      file: FilePath,
      to: FilePath,
      username: Username.optional(),
      password: Password.optional(),
    },
    output: BackupVerification.extend({ restoredTo: z.string() }),
    access: 'public',
    kind: 'job',
    summary: 'Restore a verified backup to a new data file (never over an existing one)',
  }),
} as const
