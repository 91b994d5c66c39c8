import { z } from 'zod'
import { rolesWith } from '../policy'
import { route } from './route'

export const seedRoutes = {
  'seed.run': route({
    input: {
      clients: z.number().int().min(1).max(100_000),
      notesPerPerson: z.number().int().min(0).max(100).default(6),
      seed: z.number().int().default(42),
    },
    output: z.object({
      clients: z.number().int(),
      notes: z.number().int(),
      plans: z.number().int(),
      users: z.number().int(),
    }),
    access: rolesWith('demo.seed'),
    kind: 'job',
    summary: 'Fill the file with a realistic demonstration organisation (for demos and benchmarks)',
  }),
} as const
