import { z } from 'zod'
import { Roles } from '../roles'

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
  /** Two-step sign-in is required for this login's role and not set up yet: nothing else until it is. */
  mustEnrolSecondFactor: z.boolean().default(false),
  /** Set-up made a recovery key that has not been typed back yet (set-up's last step, after a reload). */
  hasPendingRecoveryKey: z.boolean().default(false),
  /** For administrators: nobody has confirmed keeping the current recovery key (a reminder). */
  isRecoveryKeyUnconfirmed: z.boolean().default(false),
  /** The audit log was found tampered with (AUDIT.BROKEN): only an administrator is let in. */
  auditProblem: z.string().nullable().default(null),
})
export type SessionState = z.infer<typeof SessionState>

export const PasswordStrength = z.object({
  isAcceptable: z.boolean(),
  score: z.number().int().min(0).max(4),
  reason: z.string().nullable(),
  suggestions: z.array(z.string()),
})
