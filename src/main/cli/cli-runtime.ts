import type { Command } from 'commander'
import { resolve } from 'node:path'
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract/routes'
import type { AppError } from '../../shared/result'
import { type BackendOptions, createBackend } from '../backend/backend'
import { jsonText, printable } from './cli-output'
import { promptSecret } from './prompt-secret'

/** Exit codes people can script against. */
export const EXIT = { done: 0, refused: 1, usage: 2 } as const

export class UsageError extends Error {}
export class Refused extends Error {
  constructor(readonly error: AppError) {
    super(error.message)
  }
}

export interface GlobalOptions {
  db?: string
  user?: string
  json?: boolean
}

export interface CliIo {
  readonly env: NodeJS.ProcessEnv
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly isInteractive: boolean
  /** Test harnesses pass cheap argon2 settings so many runs stay quick; people never set this. */
  readonly backendOptions?: Pick<BackendOptions, 'kdf'>
}

export type Call = <N extends RouteName>(name: N, input: RouteInput<N>) => Promise<RouteOutput<N>>

const CONNECTION = 'cli'

export function dataFileOf(options: GlobalOptions, io: CliIo, isRequired: boolean): string {
  const file = options.db ?? io.env.CASEBOOK_DB
  if (!file && isRequired)
    throw new UsageError('Say which data file with --db FILE (or set CASEBOOK_DB).')
  return resolve(file ?? 'casebook.db')
}

export async function secretFrom(io: CliIo, variable: string, question: string): Promise<string> {
  const fromEnv = io.env[variable]
  if (fromEnv) return fromEnv
  if (!io.isInteractive) {
    throw new UsageError(`Set ${variable}, or run this in a terminal to be asked for it.`)
  }
  return promptSecret(question)
}

/**
 * Runs one command against the same router the app uses: signs in (unless the command is public),
 * calls, signs out (so the audit log shows the session), and closes the file.
 */
export async function withBackend<T>(
  options: GlobalOptions,
  io: CliIo,
  mode: { signIn: boolean; allowPasswordChange?: boolean; requireDb?: boolean },
  work: (call: Call, password: string | null) => Promise<T>,
): Promise<T> {
  const backend = createBackend({
    dataFile: dataFileOf(options, io, mode.requireDb ?? true),
    host: 'cli',
    ...io.backendOptions,
  })
  const call: Call = async (name, input) => {
    const result = await backend.call(CONNECTION, name, input)
    if (!result.ok) throw new Refused(result.error)
    return result.value as RouteOutput<typeof name>
  }
  let password: string | null = null
  try {
    if (mode.signIn) {
      password = await secretFrom(io, 'CASEBOOK_PASSWORD', 'Password: ')
      const state = await signIn(call, io, options.user, password)
      if (state.mustChangePassword && !mode.allowPasswordChange) {
        throw new Refused({
          code: 'AUTH.PASSWORD_CHANGE_REQUIRED',
          message:
            'Choose a new password first: casebook password change (with CASEBOOK_NEW_PASSWORD set).',
        })
      }
    }
    return await work(call, password)
  } finally {
    if (mode.signIn) await backend.call(CONNECTION, 'auth.signOut', {})
    await backend.close()
  }
}

/**
 * Signs in, with the two-step code from CASEBOOK_TOTP when set up for this login, or asked for on a
 * terminal when the backend says one is needed.
 */
async function signIn(call: Call, io: CliIo, username: string | undefined, password: string) {
  const code = io.env.CASEBOOK_TOTP || undefined
  try {
    return await call('auth.signIn', { username, password, code })
  } catch (error) {
    if (!(error instanceof Refused) || error.error.code !== 'AUTH.SECOND_FACTOR_REQUIRED' || code)
      throw error
    if (!io.isInteractive) {
      throw new Refused({
        ...error.error,
        message:
          'This login uses two-step sign-in: set CASEBOOK_TOTP to the 6-digit code from your authenticator app (or a recovery code), or run this in a terminal to be asked for it.',
      })
    }
    const typed = await promptSecret('Code from your authenticator app: ')
    return call('auth.signIn', { username, password, code: typed })
  }
}

/** The options given before or after the subcommand (--db, --user, --json). */
export function globals(command: Command): GlobalOptions {
  return command.optsWithGlobals<GlobalOptions>()
}

/**
 * Prints a value: itself as one JSON document with --json, else the text for people, with anything
 * unprintable in it escaped (cli-output.ts).
 */
export function emit(io: CliIo, command: Command, value: unknown, human: string): void {
  io.stdout(globals(command).json ? `${jsonText(value)}\n` : `${printable(human)}\n`)
}
