import { z } from 'zod'
import { route } from './route'

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
} as const
