import { z } from 'zod'
import { Password, PasswordStrength, SessionState, Username } from './auth-schemas'
import { Done, route, text } from './route'
import { SignInCode } from './two-factor-routes'

export { Password, PasswordStrength, SessionState, SessionUser, Username } from './auth-schemas'

/**
 * As shown at set-up: groups of letters and digits joined by dashes. Spaces are let through (and
 * ignored), as people type it from where they wrote it down.
 */
const RecoveryKey = z
  .string()
  .trim()
  .min(10, 'Enter the recovery key.')
  .max(200, 'A recovery key is at most 200 characters.')
  .regex(/^[A-Za-z0-9 -]+$/, 'A recovery key has only letters, digits and dashes.')

export const authRoutes = {
  'auth.session': route({
    input: {},
    output: SessionState,
    access: 'public',
    kind: 'read',
    summary: 'Who is signed in, and whether the app is locked',
  }),
  'auth.signIn': route({
    // No username: the only administrator (for scripts); refused when there are several.
    input: {
      username: Username.optional(),
      password: Password,
      /** The code from an authenticator app (or a recovery code), when two-step sign-in is set up. */
      code: SignInCode.optional(),
    },
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
      recoveryKey: RecoveryKey,
      username: Username.optional(),
      newPassword: Password,
    },
    output: z.object({ username: z.string() }),
    access: 'public',
    kind: 'job',
    summary: 'Set a new administrator password with the recovery key',
  }),
  'auth.checkPassword': route({
    input: {
      password: Password,
      /** Words the password should not be built on (names, the organisation). */
      userInputs: z.array(text('A word to avoid', 200)).max(10).default([]),
    },
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
