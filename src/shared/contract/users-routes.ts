import { z } from 'zod'
import { rolesWith } from '../policy'
import { Roles } from '../roles'
import { Password, Username } from './auth-schemas'
import { route, text } from './route'

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

export const usersRoutes = {
  'users.list': route({
    input: {},
    output: z.array(UserSummary),
    access: rolesWith('users.manage'),
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
    access: rolesWith('users.manage'),
    kind: 'write',
    summary: 'Add a staff login with a first password they must change',
  }),
  'users.setRole': route({
    input: { username: Username, role: z.enum(Roles) },
    output: UserSummary,
    access: rolesWith('users.manage'),
    kind: 'write',
    summary: 'Change what a user may do',
  }),
  'users.disable': route({
    input: { username: Username },
    output: UserSummary,
    access: rolesWith('users.manage'),
    kind: 'write',
    summary: 'Stop a user signing in (their key is removed from the keyring)',
  }),
  'users.enable': route({
    input: { username: Username, password: Password },
    output: UserSummary,
    access: rolesWith('users.manage'),
    kind: 'write',
    summary: 'Let a disabled user sign in again, with a new first password',
  }),
  'users.resetPassword': route({
    input: { username: Username, password: Password },
    output: UserSummary,
    access: rolesWith('users.manage'),
    kind: 'write',
    summary: 'Give a user a new first password they must change',
  }),
  'users.resetSecondFactor': route({
    input: { username: Username },
    output: UserSummary,
    access: rolesWith('users.manage'),
    kind: 'write',
    summary:
      'Take away a user’s authenticator app (a lost phone); they set it up again at next sign-in',
  }),
} as const
