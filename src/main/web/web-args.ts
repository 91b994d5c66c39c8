import { resolve } from 'node:path'

export interface WebArgs {
  /** Folder holding casebook.db and its keyring (created if missing). */
  readonly dataDir: string
  /** TCP port on 127.0.0.1; 0 lets the system pick a free one. */
  readonly port: number
}

export const DEFAULT_DATA_DIR = '.casebook-dev'
export const DEFAULT_PORT = 5174

export class WebArgsError extends Error {
  override name = 'WebArgsError'
}

/**
 * Reads the harness's command line: `--data DIR` and `--port N` (also `--data=DIR`, `--port=N`).
 * There is deliberately no way to choose the address: the harness only ever listens on 127.0.0.1.
 *
 * @example parseWebArgs(['--data', '/tmp/cb', '--port', '0'], '/home/sam') // { dataDir: '/tmp/cb', port: 0 }
 */
export function parseWebArgs(argv: readonly string[], cwd: string): WebArgs {
  let dataDir = DEFAULT_DATA_DIR
  let port = DEFAULT_PORT
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg]
    const value = (): string => {
      const next = inline ?? argv[++i]
      if (next === undefined || next === '') throw new WebArgsError(`${flag} needs a value.`)
      return next
    }
    switch (flag) {
      case '--data':
        dataDir = value()
        break
      case '--port': {
        const text = value()
        const n = Number(text)
        if (!/^\d+$/.test(text) || n > 65_535) {
          throw new WebArgsError(`--port must be a whole number from 0 to 65535, not "${text}".`)
        }
        port = n
        break
      }
      case '--host':
      case '--address':
      case '--bind':
        throw new WebArgsError(
          'The web harness only listens on 127.0.0.1; it has no address option.',
        )
      default:
        throw new WebArgsError(`Unknown option "${arg}". Use --data DIR and --port N.`)
    }
  }
  return { dataDir: resolve(cwd, dataDir), port }
}
