import { z } from 'zod'
import { rolesWith } from '../policy'
import { Password } from './auth-schemas'
import { Done, route } from './route'

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
})

export const dbRoutes = {
  'db.check': route({
    input: {},
    output: DbCheck,
    access: rolesWith('dataFile.manage'),
    kind: 'read',
    summary: 'Cipher, integrity and migration state of the data file',
  }),
  'db.rotateKey': route({
    input: { password: Password },
    output: Done,
    access: rolesWith('dataFile.manage'),
    kind: 'job',
    summary: 'Re-encrypt the data file with a new key (all users keep their passwords)',
  }),
} as const
