import { z } from 'zod'
import { Id } from './people-schemas'
import { route } from './route'

export const councilsRoutes = {
  'councils.list': route({
    input: {},
    output: z.array(z.object({ id: Id, name: z.string(), onsCode: z.string() })),
    access: 'signed-in',
    kind: 'read',
    summary: 'The councils the organisation works with',
  }),
} as const
