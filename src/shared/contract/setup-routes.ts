import { z } from 'zod'
import { Password, Username } from './auth-schemas'
import { Council } from './organisation-schemas'
import { route, text } from './route'

export const setupRoutes = {
  'setup.create': route({
    input: {
      organisationName: text('Organisation name', 120, 1),
      councils: z.array(Council).max(50),
      admin: z.object({
        username: Username,
        displayName: text('Full name', 80, 1),
        password: Password,
      }),
    },
    output: z.object({ recoveryKey: z.string() }),
    access: 'public',
    kind: 'job',
    summary: 'Create the organisation and its first administrator (first run only)',
  }),
} as const
