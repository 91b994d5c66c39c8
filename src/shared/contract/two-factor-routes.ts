import { z } from 'zod'
import { route, text } from './route'

/** A 6-digit code from an authenticator app, or a recovery code (XXXX-XXXX). */
export const SignInCode = text('Code', 20, 1)

export const TwoFactorStatus = z.object({
  /** An authenticator app is set up and confirmed for this login. */
  isEnrolled: z.boolean(),
  /** The organisation requires it for this login's role. */
  isRequired: z.boolean(),
  recoveryCodesLeft: z.number().int(),
})
export type TwoFactorStatus = z.infer<typeof TwoFactorStatus>

export const twoFactorRoutes = {
  'twoFactor.status': route({
    input: {},
    output: TwoFactorStatus,
    access: 'signed-in',
    kind: 'read',
    summary: 'Whether two-step sign-in is set up for you, and required for your role',
  }),
  'twoFactor.begin': route({
    input: {},
    output: z.object({
      /** The secret as text (groups of four), for typing into an app that cannot scan. */
      secret: z.string(),
      /** The otpauth:// address the QR code holds. */
      uri: z.string(),
      /** The QR code, as a PNG data URL. */
      qrCode: z.string(),
    }),
    access: 'signed-in',
    kind: 'write',
    summary: 'Start setting up an authenticator app: a new secret, as a QR code and as text',
  }),
  'twoFactor.confirm': route({
    input: { code: SignInCode },
    output: z.object({ recoveryCodes: z.array(z.string()) }),
    access: 'signed-in',
    kind: 'write',
    summary: 'Confirm the authenticator app with a first code; returns ten one-time recovery codes',
  }),
} as const
