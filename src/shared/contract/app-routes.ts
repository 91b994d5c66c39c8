import { z } from 'zod'
import { rolesWith } from '../policy'
import { Password, Username } from './auth-schemas'
import { route } from './route'
import { textRule } from './text-rules'

const DataFilePath = z
  .string()
  .trim()
  .check(textRule('File path', 'single-line'))
  .min(1, 'Enter the full path of the data file.')
  .max(1000)

export const appRoutes = {
  'app.about': route({
    input: {},
    output: z.object({
      version: z.string(),
      dataFile: z.string(),
      schemaVersion: z.number().int().nullable(),
      host: z.string(),
    }),
    access: 'public',
    kind: 'read',
    summary: 'Version and where the data file lives',
  }),
  'app.switchToRestored': route({
    input: {
      /** The restored data file (what `backup.restore` wrote), its keyring beside it. */
      file: DataFilePath,
      /** Only when the restored file has another key (a backup from before a key rotation). */
      username: Username.optional(),
      password: Password.optional(),
    },
    output: z.object({
      dataFile: z.string(),
      /** The dated name the previous data file (and its keyring, anchor…) is kept under. */
      keptAs: z.string(),
      restoredFrom: z.string(),
    }),
    access: rolesWith('dataFile.manage'),
    kind: 'job',
    summary:
      'Switch to a restored data file: the one in use is kept beside it under a dated name, everyone signs in again',
  }),
  'app.openDataFile': route({
    input: { file: DataFilePath },
    output: z.object({ dataFile: z.string() }),
    access: 'public',
    kind: 'job',
    summary:
      'Open another data file (at sign-in, while nobody is signed in); remembered for the next start',
  }),
} as const
