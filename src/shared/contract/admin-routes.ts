import { z } from 'zod'
import { Roles } from '../roles'
import { Council, Password, Username } from './auth-routes'
import { Done, route, text } from './route'

export const UserSummary = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(Roles),
  isDisabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
  lastSignInAt: z.string().nullable(),
})
export type UserSummary = z.infer<typeof UserSummary>

export const AuditEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  summary: z.string().nullable(),
})
export type AuditEvent = z.infer<typeof AuditEvent>

export const AuditVerification = z.object({
  isIntact: z.boolean(),
  checked: z.number().int(),
  firstBroken: z.object({ id: z.number().int(), reason: z.string() }).nullable(),
})
export type AuditVerification = z.infer<typeof AuditVerification>

/** A difference between the keyring (who holds the data key) and the users table (ADR 0011). */
export const KeyringProblem = z.object({
  kind: z.enum([
    'user-without-wrap',
    'wrap-without-user',
    'disabled-user-has-wrap',
    'wrap-not-recorded',
    'recovery-wrap-missing',
  ]),
  /** The login concerned; null for a key that belongs to no login. */
  username: z.string().nullable(),
  message: z.string(),
})
export type KeyringProblem = z.infer<typeof KeyringProblem>

export const KeyringAgreement = z.object({
  agrees: z.boolean(),
  problems: z.array(KeyringProblem),
})

export const KeyringRepair = z.object({
  /** What the check found before the repair. */
  found: z.array(KeyringProblem),
  /** Keys removed: of logins that do not exist or are disabled. */
  removedKeys: z.number().int(),
  /** Logins whose key was kept and recorded; they must choose a new password at next sign-in. */
  recorded: z.array(z.string()),
  /** Logins with no key left: an administrator must reset their password. */
  needPasswordReset: z.array(z.string()),
  /** A new recovery key when the keyring had none (shown once, like at set-up). */
  newRecoveryKey: z.string().nullable(),
})
export type KeyringRepair = z.infer<typeof KeyringRepair>

export const DbCheck = z.object({
  dataFile: z.string(),
  cipher: z.string(),
  cipherCompatibility: z.string(),
  integrity: z.string(),
  schemaVersion: z.number().int(),
  codeSchemaVersion: z.number().int(),
  appliedMigrations: z.array(z.string()),
  pendingMigrations: z.array(z.string()),
  journalMode: z.string(),
  keyring: KeyringAgreement,
})

export const Settings = z.object({
  organisationName: z.string(),
  councils: z.array(Council),
  lockAfterMinutes: z.number().int().min(1).max(240),
  backupFolder: z.string().nullable(),
  firstReviewWeeks: z.number().int().min(6).max(8),
})
export type Settings = z.infer<typeof Settings>

export const BackupInfo = z.object({
  path: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  kind: z.enum(['manual', 'daily', 'on-close', 'pre-migration', 'pre-restore']),
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const BackupStatus = z.object({
  folder: z.string().nullable(),
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
})

const FilePath = z.string().trim().min(1, 'Enter a file path.').max(1000)

export const adminRoutes = {
  'users.list': route({
    input: {},
    output: z.array(UserSummary),
    access: ['admin'],
    kind: 'read',
    summary: 'List staff logins',
  }),
  'users.add': route({
    input: {
      username: Username,
      displayName: text('Full name', 80, 1),
      role: z.enum(Roles),
      password: Password,
    },
    output: UserSummary,
    access: ['admin'],
    kind: 'write',
    summary: 'Add a staff login with a first password they must change',
  }),
  'users.setRole': route({
    input: { username: Username, role: z.enum(Roles) },
    output: UserSummary,
    access: ['admin'],
    kind: 'write',
    summary: 'Change what a user may do',
  }),
  'users.disable': route({
    input: { username: Username },
    output: UserSummary,
    access: ['admin'],
    kind: 'write',
    summary: 'Stop a user signing in (their key is removed from the keyring)',
  }),
  'users.enable': route({
    input: { username: Username, password: Password },
    output: UserSummary,
    access: ['admin'],
    kind: 'write',
    summary: 'Let a disabled user sign in again, with a new first password',
  }),
  'users.resetPassword': route({
    input: { username: Username, password: Password },
    output: UserSummary,
    access: ['admin'],
    kind: 'write',
    summary: 'Give a user a new first password they must change',
  }),
  'audit.verify': route({
    input: {},
    output: AuditVerification,
    access: ['admin', 'coordinator', 'viewer'],
    kind: 'read',
    summary: 'Check the audit log’s hash chain and name the first broken link',
  }),
  'audit.list': route({
    input: {
      since: z.iso.date({ message: 'Use a date like 2026-11-25.' }).optional(),
      /** Paging back: only events older than this one. */
      beforeId: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    },
    output: z.array(AuditEvent),
    access: ['admin', 'coordinator', 'viewer'],
    kind: 'read',
    summary: 'List audit events, newest first',
  }),
  'db.check': route({
    input: {},
    output: DbCheck,
    access: ['admin'],
    kind: 'read',
    summary: 'Cipher, integrity and migration state of the data file',
  }),
  'db.repairKeyring': route({
    input: {},
    output: KeyringRepair,
    access: ['admin'],
    kind: 'write',
    summary:
      'Make the keyring agree with the users table: remove keys of missing or disabled logins, name logins that need a password reset',
  }),
  'db.rotateKey': route({
    input: { password: Password },
    output: Done,
    access: ['admin'],
    kind: 'job',
    summary: 'Re-encrypt the data file with a new key (all users keep their passwords)',
  }),
  'settings.get': route({
    input: {},
    output: Settings,
    access: 'signed-in',
    kind: 'read',
    summary: 'Organisation details and settings',
  }),
  'settings.update': route({
    input: {
      organisationName: text('Organisation name', 120, 1).optional(),
      councils: z.array(Council).min(1).max(50).optional(),
      lockAfterMinutes: z.number().int().min(1).max(240).optional(),
      backupFolder: z.string().trim().max(1000).nullable().optional(),
      firstReviewWeeks: z.number().int().min(6).max(8).optional(),
    },
    output: Settings,
    access: ['admin'],
    kind: 'write',
    summary: 'Change organisation details and settings',
  }),
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
    access: ['admin', 'coordinator', 'finance'],
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
