import { execFile } from 'node:child_process'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const ENTRY = join(ROOT, 'src', 'main', 'cli', 'main.ts')

export interface CliResult {
  code: number
  stdout: string
  stderr: string
}

/** Runs the real CLI as a child process, as a script would, with only the given environment. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
  cwd: string,
): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [ENTRY, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}
