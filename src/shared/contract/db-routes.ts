import { z } from 'zod'
import { rolesWith } from '../policy'
import { Password } from './auth-schemas'
import { Done, prose, route } from './route'

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

export const dbRoutes = {
  'db.check': route({
    input: {},
    output: DbCheck,
    access: rolesWith('dataFile.manage'),
    kind: 'read',
    summary: 'Cipher, integrity and migration state of the data file',
  }),
  'db.repairKeyring': route({
    input: {},
    output: KeyringRepair,
    access: rolesWith('dataFile.manage'),
    kind: 'write',
    summary:
      'Make the keyring agree with the users table: remove keys of missing or disabled logins, name logins that need a password reset',
  }),
  'db.acceptAuditBreak': route({
    input: {
      password: Password,
      reason: prose('What was found and why it is accepted', 500, 10),
    },
    output: z.object({ accepted: z.string() }),
    access: rolesWith('dataFile.manage'),
    kind: 'job',
    summary:
      'Record on the audit log that it was found broken (cut short or rewritten) and carry on from here',
  }),
  'db.rotateKey': route({
    input: { password: Password },
    output: Done,
    access: rolesWith('dataFile.manage'),
    kind: 'job',
    summary: 'Re-encrypt the data file with a new key (all users keep their passwords)',
  }),
} as const
