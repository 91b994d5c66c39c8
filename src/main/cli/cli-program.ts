import { Command, CommanderError, Option } from 'commander'
import { resolve } from 'node:path'
import { type Role, Roles } from '../../shared/roles'
import { jsonText, printable, table } from './cli-output'
import { registerAuditCommands } from './cli-audit-commands'
import { registerDbCommands } from './cli-db-commands'
import { registerPeopleCommands } from './cli-people-commands'
import { registerTwoFactorCommands } from './cli-two-factor-commands'
import {
  type CliIo,
  dataFileOf,
  emit as emitTo,
  EXIT,
  globals,
  Refused,
  secretFrom,
  UsageError,
  withBackend,
} from './cli-runtime'

export { EXIT, type CliIo } from './cli-runtime'

/** `admin,finance` (or `none`) into roles; refuses a word that is not a role. */
function parseRoles(text: string): Role[] {
  if (text.trim().toLowerCase() === 'none') return []
  const words = text
    .split(',')
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean)
  const unknown = words.filter((w) => !(Roles as readonly string[]).includes(w))
  if (unknown.length > 0) {
    throw new UsageError(
      `${unknown.join(', ')}: not a role. Roles are ${Roles.join(', ')}, or "none".`,
    )
  }
  return words as Role[]
}

/** Builds the `casebook` command line. Tests call `runCli`, which wraps this. */
export function buildProgram(io: CliIo): Command {
  const program = new Command('casebook')
  program
    .description('Casebook on the command line: the same checks, roles and audit as the app.')
    .addOption(new Option('--db <file>', 'the Casebook data file (default: $CASEBOOK_DB)'))
    .addOption(new Option('--user <name>', 'who you are (default: the only administrator)'))
    .addOption(new Option('--json', 'print one JSON document on stdout'))
    .exitOverride()
    // Commander quotes what was typed in its errors ("unknown option …"): escaped like everything else.
    .configureOutput({
      writeOut: (text) => io.stdout(printable(text)),
      writeErr: (text) => io.stderr(printable(text)),
    })
    .showHelpAfterError()

  const emit = (command: Command, value: unknown, human: string) =>
    emitTo(io, command, value, human)
  const newPassword = () => secretFrom(io, 'CASEBOOK_NEW_PASSWORD', 'New password: ')

  program
    .command('init')
    .description('create a new data file with its organisation and first administrator')
    .requiredOption('--org <name>', 'the organisation’s name')
    .requiredOption('--admin <username>', 'the first administrator’s username')
    .option('--admin-name <name>', 'the administrator’s full name (default: the username)')
    .option('--council <name=ONSCODE...>', 'a council you work with, e.g. "Leeds=E08000035"')
    .option(
      '--two-step-for <roles>',
      'roles that must use an authenticator app at sign-in, comma-separated, or "none"',
      'admin,finance',
    )
    .action(
      async (
        options: {
          org: string
          admin: string
          adminName?: string
          council?: string[]
          twoStepFor: string
        },
        command: Command,
      ) => {
        const secondFactorRoles = parseRoles(options.twoStepFor)
        const councils = (options.council ?? []).map((text) => {
          const at = text.lastIndexOf('=')
          if (at < 1) throw new UsageError(`Write a council as NAME=ONSCODE, not "${text}".`)
          return { name: text.slice(0, at), onsCode: text.slice(at + 1) }
        })
        await withBackend(globals(command), io, { signIn: false }, async (call) => {
          const password = await secretFrom(io, 'CASEBOOK_PASSWORD', 'Administrator password: ')
          const { recoveryKey } = await call('setup.create', {
            organisationName: options.org,
            councils,
            admin: {
              username: options.admin,
              displayName: options.adminName ?? options.admin,
              password,
            },
            secondFactorRoles,
          })
          // Printed here for whoever runs the command to keep: set-up is finished with it.
          await call('setup.confirmRecoveryKey', { recoveryKey })
          const file = dataFileOf(globals(command), io, true)
          emit(
            command,
            { dataFile: file, recoveryKey },
            `Casebook is set up in ${file}.\n\nRecovery key (shown only now: write it down and keep it safe, away from this PC):\n\n    ${recoveryKey}\n\nWith it an administrator can set a new password if theirs is lost.`,
          )
        })
      },
    )

  const users = program.command('users').description('staff logins')
  users
    .command('list')
    .description('list staff logins')
    .action(async (_o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const list = await call('users.list', {})
        emit(
          command,
          list,
          table(
            list.map((u) => ({
              ...u,
              status: u.isDisabled
                ? 'disabled'
                : u.mustChangePassword
                  ? 'must change password'
                  : 'active',
            })),
            [
              ['username', 'Username'],
              ['displayName', 'Name'],
              ['role', 'Role'],
              ['status', 'Status'],
              ['lastSignInAt', 'Last sign-in'],
            ],
          ),
        )
      })
    })
  users
    .command('add <username>')
    .description('add a login; its first password comes from CASEBOOK_NEW_PASSWORD')
    .addOption(new Option('--role <role>', 'what they may do').choices(Roles).makeOptionMandatory())
    .option('--name <name>', 'their full name (default: the username)')
    .action(
      async (
        username: string,
        options: { role: (typeof Roles)[number]; name?: string },
        command: Command,
      ) => {
        await withBackend(globals(command), io, { signIn: true }, async (call) => {
          const password = await newPassword()
          const user = await call('users.add', {
            username,
            displayName: options.name ?? username,
            role: options.role,
            password,
          })
          emit(
            command,
            user,
            `Added ${user.username} (${user.role}). They must choose a new password when they first sign in.`,
          )
        })
      },
    )
  for (const [verb, route, done] of [
    ['disable', 'users.disable', 'Disabled'],
    ['enable', 'users.enable', 'Enabled'],
    ['reset-password', 'users.resetPassword', 'Reset the password of'],
  ] as const) {
    users
      .command(`${verb} <username>`)
      .description(
        verb === 'disable'
          ? 'stop a user signing in'
          : `${verb} a login (new password from CASEBOOK_NEW_PASSWORD)`,
      )
      .action(async (username: string, _o, command: Command) => {
        await withBackend(globals(command), io, { signIn: true }, async (call) => {
          const user =
            route === 'users.disable'
              ? await call(route, { username })
              : await call(route, { username, password: await newPassword() })
          emit(command, user, `${done} ${user.username}.`)
        })
      })
  }
  users
    .command('reset-two-factor <username>')
    .description('take away a user’s authenticator app (a lost phone); they set it up again')
    .action(async (username: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const user = await call('users.resetSecondFactor', { username })
        emit(command, user, `Two-step sign-in reset for ${user.username}.`)
      })
    })
  users
    .command('set-role <username> <role>')
    .description('change what a user may do')
    .action(async (username: string, role: string, _o, command: Command) => {
      if (!(Roles as readonly string[]).includes(role))
        throw new UsageError(`A role is one of: ${Roles.join(', ')}.`)
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const user = await call('users.setRole', { username, role: role as (typeof Roles)[number] })
        emit(command, user, `${user.username} is now ${user.role}.`)
      })
    })

  program
    .command('password')
    .description('your own password')
    .command('change')
    .description('change your password (the new one from CASEBOOK_NEW_PASSWORD)')
    .action(async (_o, command: Command) => {
      await withBackend(
        globals(command),
        io,
        { signIn: true, allowPasswordChange: true },
        async (call, current) => {
          await call('auth.changePassword', {
            currentPassword: current!,
            newPassword: await newPassword(),
          })
          emit(command, { done: true }, 'Password changed.')
        },
      )
    })

  program
    .command('recover')
    .description(
      'set a new administrator password with the recovery key (new password from CASEBOOK_NEW_PASSWORD)',
    )
    .requiredOption('--recovery-key <key>', 'the recovery key shown at set-up')
    .action(async (options: { recoveryKey: string }, command: Command) => {
      await withBackend(globals(command), io, { signIn: false }, async (call) => {
        const result = await call('auth.recover', {
          recoveryKey: options.recoveryKey,
          username: globals(command).user,
          newPassword: await newPassword(),
        })
        emit(command, result, `New password set for ${result.username}.`)
      })
    })

  registerDbCommands(program, io)

  registerAuditCommands(program, io)
  registerTwoFactorCommands(program, io)

  const backup = program.command('backup').description('backups')
  backup
    .command('create <outfile>')
    .description('make a verified, encrypted backup')
    .action(async (outfile: string, _o, command: Command) => {
      await withBackend(globals(command), io, { signIn: true }, async (call) => {
        const made = await call('backup.create', { file: resolve(outfile) })
        emit(command, made, `Backup written and verified: ${made.path} (${made.sizeBytes} bytes).`)
      })
    })
  backup
    .command('verify <file>')
    .description('check a backup is complete and opens (with a password valid in that backup)')
    .action(async (file: string, _o, command: Command) => {
      const options = globals(command)
      await withBackend(options, io, { signIn: false, requireDb: false }, async (call) => {
        const password = await secretFrom(io, 'CASEBOOK_PASSWORD', 'Password: ')
        const checked = await call('backup.verify', {
          file: resolve(file),
          username: options.user,
          password,
        })
        emit(
          command,
          checked,
          `The backup is good: made ${checked.createdAt} by Casebook ${checked.appVersion}, integrity ${checked.integrity}.`,
        )
      })
    })
  backup
    .command('restore <file>')
    .description('restore a backup to a new data file')
    .requiredOption('--to <newfile>', 'the new data file (must not exist)')
    .action(async (file: string, opts: { to: string }, command: Command) => {
      const options = globals(command)
      await withBackend(options, io, { signIn: false, requireDb: false }, async (call) => {
        const password = await secretFrom(io, 'CASEBOOK_PASSWORD', 'Password: ')
        const restored = await call('backup.restore', {
          file: resolve(file),
          to: resolve(opts.to),
          username: options.user,
          password,
        })
        emit(
          command,
          restored,
          `Restored the backup made ${restored.createdAt} to ${restored.restoredTo}. Open it with --db ${restored.restoredTo}.`,
        )
      })
    })

  registerPeopleCommands(program, io)
  return program
}

/** Runs the CLI and returns its exit code: 0 done, 1 refused (one line on stderr), 2 usage. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io)
  const isJson = argv.includes('--json')
  try {
    await program.parseAsync([...argv], { from: 'user' })
    return EXIT.done
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.done : EXIT.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`casebook: ${printable(error.message)}\n`)
      return EXIT.usage
    }
    if (error instanceof Refused) {
      if (isJson) io.stdout(`${jsonText({ ok: false, error: error.error })}\n`)
      io.stderr(`casebook: ${printable(error.error.message)} [${error.error.code}]\n`)
      return EXIT.refused
    }
    io.stderr(
      `casebook: something went wrong inside Casebook: ${printable(error instanceof Error ? error.message : String(error))}\n`,
    )
    return EXIT.refused
  }
}
