import type { Command } from 'commander'
import { type CliIo, emit, globals, withBackend } from './cli-runtime'

/** `two-factor status`, `two-factor enrol`, `two-factor confirm CODE`: your own authenticator app. */
export function registerTwoFactorCommands(program: Command, io: CliIo): void {
  const twoFactor = program
    .command('two-factor')
    .description('two-step sign-in with an authenticator app (your own login)')
  twoFactor
    .command('status')
    .description('whether two-step sign-in is set up for you, and required for your role')
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const status = await call('twoFactor.status', {})
        emit(
          io,
          command,
          status,
          status.isEnrolled
            ? `Two-step sign-in is set up (${status.recoveryCodesLeft} recovery codes left).`
            : `Two-step sign-in is not set up${status.isRequired ? '; your role requires it: casebook two-factor enrol' : '.'}`,
        )
      })
    })
  twoFactor
    .command('enrol')
    .description(
      'start setting up an authenticator app: prints the secret to type or the address to scan',
    )
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const started = await call('twoFactor.begin', {})
        emit(
          io,
          command,
          { secret: started.secret, uri: started.uri },
          `In your authenticator app, add an account with this key (time-based, 6 digits):\n\n    ${started.secret}\n\nor from this address:\n\n    ${started.uri}\n\nThen confirm with the code it shows: casebook two-factor confirm CODE`,
        )
      })
    })
  twoFactor
    .command('confirm <code>')
    .description('confirm the authenticator app with the code it shows; prints ten recovery codes')
    .action(async (code: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const { recoveryCodes } = await call('twoFactor.confirm', { code })
        emit(
          io,
          command,
          { recoveryCodes },
          `Two-step sign-in is set up. From now on sign in with your password and a code (CASEBOOK_TOTP).\n\nRecovery codes (shown only now; each works once, if you lose your phone):\n\n${recoveryCodes.map((c) => `    ${c}`).join('\n')}\n`,
        )
      })
    })
}
