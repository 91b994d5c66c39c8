import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const WEB_MAIN = join(ROOT, 'out', 'main', 'web.js')
const READY = /^Casebook web harness: (http:\/\/127\.0\.0\.1:\d+)$/m

export interface Harness {
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string
  readonly port: number
  /** A fresh folder holding casebook.db for this test only. */
  readonly dataDir: string
  /** Everything the harness wrote to stderr (the backend's log). */
  stderr(): string
  /** SIGTERM (which closes the backend, with its on-close backup), then removes the folder. */
  stop(options?: { keepData?: boolean }): Promise<number | null>
}

/**
 * Starts the built web harness (`node out/main/web.js --data <tmp> --port 0`) with a fresh data
 * folder and waits for its one "ready" line.
 */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(WEB_MAIN)) {
    throw new Error(
      `${WEB_MAIN} is missing: run "npx electron-vite build" before the browser tests`,
    )
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'casebook-browser-'))
  const child = spawn(process.execPath, [WEB_MAIN, '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The harness did not start:\n${stderr}`)),
      20_000,
    )
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = READY.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolveUrl(match[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The harness exited (${code}) before it was ready:\n${stderr}`))
    })
  })
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    stderr: () => stderr,
    async stop(options = {}) {
      const code = await terminate(child)
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true })
      return code
    },
  }
}

function terminate(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode)
  return new Promise((resolveExit) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolveExit(code)
    })
    child.kill('SIGTERM')
  })
}
