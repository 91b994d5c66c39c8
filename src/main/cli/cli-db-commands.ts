import type { Command } from 'commander'
import { keyValues } from './cli-output'
import { type CliIo, emit, globals, Refused, withBackend } from './cli-runtime'

/** `db check`, `db repair-keyring`, `db rotate-key` and `db switch-to`: the data file and its keyring. */
export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('the data file')
  db.command('check')
    .description(
      'cipher, integrity, migration state, and whether the keyring agrees with the users',
    )
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const check = await call('db.check', {})
        const { keyring, ...rest } = check
        const agreement = keyring.agrees
          ? 'agrees with the users table'
          : keyring.problems.map((p) => `\n  - ${p.message}`).join('')
        emit(io, command, check, keyValues([...Object.entries(rest), ['keyring', agreement]]))
        if (check.integrity !== 'ok')
          throw new Refused({
            code: 'DB.CORRUPT',
            message: `Integrity check failed: ${check.integrity}`,
          })
        if (!keyring.agrees)
          throw new Refused({
            code: 'DB.KEYRING_MISMATCH',
            message: `The keyring and the users table disagree (${keyring.problems.length} problem${keyring.problems.length === 1 ? '' : 's'}): run casebook db repair-keyring.`,
          })
      })
    })
  db.command('repair-keyring')
    .description(
      'make the keyring agree with the users table; names logins that need a password reset',
    )
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const repair = await call('db.repairKeyring', {})
        const lines =
          repair.found.length === 0
            ? ['The keyring already agrees with the users table. Nothing changed.']
            : [
                `Found: ${repair.found.map((p) => `\n  - ${p.message}`).join('')}`,
                `Removed ${repair.removedKeys} key${repair.removedKeys === 1 ? '' : 's'} of logins that do not exist or are disabled.`,
                ...(repair.recorded.length
                  ? [
                      `Kept the newest key of ${repair.recorded.join(', ')}: they sign in with their newest password and must then choose another.`,
                    ]
                  : []),
                ...(repair.needPasswordReset.length
                  ? [
                      `Reset the password of ${repair.needPasswordReset.join(', ')} (casebook users reset-password NAME): they have no key and cannot sign in.`,
                    ]
                  : []),
                ...(repair.newRecoveryKey
                  ? [
                      `New recovery key (shown only now: write it down and keep it safe, away from this PC):\n\n    ${repair.newRecoveryKey}\n`,
                    ]
                  : []),
              ]
        emit(io, command, repair, lines.join('\n'))
      })
    })
  db.command('rotate-key')
    .description('re-encrypt the data file with a new key')
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call, password) => {
        await call('db.rotateKey', { password: password! })
        emit(
          io,
          command,
          { done: true },
          'The data file now has a new key. Everyone keeps their password.',
        )
      })
    })
  db.command('switch-to <restored>')
    .description(
      'use a restored data file instead of the one at --db: that one is kept beside it under a dated name (everyone is signed out)',
    )
    .action(async (restored: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const switched = await call('app.switchToRestored', { file: restored })
        emit(
          io,
          command,
          switched,
          `${switched.dataFile} now holds the restored data (it was ${switched.restoredFrom}). The previous data file is kept as ${switched.keptAs}.`,
        )
      })
    })
  program
    .command('recovery-key')
    .description('the recovery key (administrators)')
    .command('new')
    .description(
      'make a new recovery key, printed once; the old one stops working (asks for your password)',
    )
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call, password) => {
        const { recoveryKey } = await call('recoveryKey.renew', { password: password! })
        // Printed here for whoever runs the command to keep: that is the confirmation.
        await call('recoveryKey.confirm', { recoveryKey })
        emit(
          io,
          command,
          { recoveryKey },
          `New recovery key (shown only now: write it down and keep it safe, away from this PC):\n\n    ${recoveryKey}\n\nThe old recovery key no longer works.`,
        )
      })
    })
}
