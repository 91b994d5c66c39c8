import { z } from 'zod'
import { Roles } from '../roles'
import { Done, route, text } from './route'

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'A username needs at least 2 characters.')
  .max(40, 'A username can be at most 40 characters.')
  .regex(
    /^[a-z0-9][a-z0-9._-]*$/,
    'Use only letters, digits, dots, dashes or underscores (no spaces), starting with a letter or digit.',
  )

/** Length limits only; strength is judged by the backend (zxcvbn) so the reason can name the user. */
export const Password = z
  .string()
  .min(1, 'Enter a password.')
  .max(256, 'A password can be at most 256 characters.')

export const SessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(Roles),
})
export type SessionUser = z.infer<typeof SessionUser>

export const SessionState = z.object({
  state: z.enum(['needs-setup', 'signed-out', 'locked', 'active']),
  user: SessionUser.nullable(),
  mustChangePassword: z.boolean(),
  lockAfterMinutes: z.number().int(),
})
export type SessionState = z.infer<typeof SessionState>

export const Council = z.object({
  name: text('Council name', 120, 1),
  onsCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(
      /^(E06|E08|E09|E10|W06|S12)\d{6}$/,
      'An ONS code for a council with social care duties looks like E08000012 (E06, E08, E09, E10, W06 or S12, then six digits).',
    ),
})
export type Council = z.infer<typeof Council>

export const PasswordStrength = z.object({
  isAcceptable: z.boolean(),
  score: z.number().int().min(0).max(4),
  reason: z.string().nullable(),
  suggestions: z.array(z.string()),
})

export const authRoutes = {
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
  'auth.session': route({
    input: {},
    output: SessionState,
    access: 'public',
    kind: 'read',
    summary: 'Who is signed in, and whether the app is locked',
  }),
  'auth.signIn': route({
    // No username: the only administrator (for scripts); refused when there are several.
    input: { username: Username.optional(), password: Password },
    output: SessionState,
    access: 'public',
    kind: 'job',
    summary: 'Sign in',
  }),
  'auth.unlock': route({
    input: { password: Password },
    output: SessionState,
    access: 'public',
    kind: 'job',
    summary: 'Unlock a locked session with the signed-in user’s password',
  }),
  'auth.lock': route({
    input: {},
    output: SessionState,
    access: 'public',
    kind: 'job',
    summary: 'Lock the app now (Ctrl+L)',
  }),
  'auth.signOut': route({
    input: {},
    output: SessionState,
    access: 'public',
    kind: 'job',
    summary: 'Sign out',
  }),
  'auth.changePassword': route({
    input: { currentPassword: Password, newPassword: Password },
    output: Done,
    access: 'signed-in',
    kind: 'job',
    summary: 'Change your own password',
  }),
  'auth.recover': route({
    input: {
      recoveryKey: z.string().trim().min(10, 'Enter the recovery key.').max(200),
      username: Username.optional(),
      newPassword: Password,
    },
    output: z.object({ username: z.string() }),
    access: 'public',
    kind: 'job',
    summary: 'Set a new administrator password with the recovery key',
  }),
  'auth.checkPassword': route({
    input: { password: Password, userInputs: z.array(z.string().max(200)).max(10).default([]) },
    output: PasswordStrength,
    access: 'public',
    kind: 'read',
    summary: 'How strong a proposed password is, and why not',
  }),
  'auth.touch': route({
    input: {},
    output: Done,
    access: 'signed-in',
    kind: 'read',
    summary: 'Tell the backend the user is active (keeps the session from locking)',
  }),
} as const
