import { z } from 'zod'
import { Roles } from '../roles'
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
      /** Roles that must use two-step sign-in; administrators and budget managers unless chosen otherwise. */
      secondFactorRoles: z.array(z.enum(Roles)).max(Roles.length).default(['admin', 'finance']),
    },
    output: z.object({ recoveryKey: z.string() }),
    access: 'public',
    kind: 'job',
    summary: 'Create the organisation and its first administrator (first run only)',
  }),
} as const
