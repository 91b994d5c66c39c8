import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startBackendWorker } from '../backend/worker-client'
import { WebArgsError, parseWebArgs } from './web-args'
import { createWebServer } from './web-server'
import { webShimScript } from './web-shim'

const CLOSE_TIMEOUT_MS = 60_000

/**
 * The web harness (`npm run web`, browser tests): the built renderer and the real backend worker,
 * served on 127.0.0.1 only. Usage: `node out/main/web.js [--data DIR] [--port N]`.
 */
async function main(): Promise<void> {
  let args
  try {
    args = parseWebArgs(process.argv.slice(2), process.cwd())
  } catch (error) {
    if (!(error instanceof WebArgsError)) throw error
    process.stderr.write(`casebook web: ${error.message}\n`)
    process.exitCode = 2
    return
  }
  mkdirSync(args.dataDir, { recursive: true })
  const dataFile = join(args.dataDir, 'casebook.db')

  let web: ReturnType<typeof createWebServer> | null = null
  const backend = startBackendWorker(
    join(__dirname, 'backend-worker.js'),
    {
      dataFile,
      settingsFile: join(args.dataDir, 'casebook-host.json'),
      host: 'web',
      automaticBackups: true,
    },
    (progress) => web?.deliverProgress(progress),
  )
  web = createWebServer({
    backend,
    rendererDir: join(__dirname, '..', 'renderer'),
    shimScript: webShimScript(),
  })

  let isClosing = false
  const shutDown = (signal: string) => {
    if (isClosing) return
    isClosing = true
    process.stderr.write(`casebook web: ${signal}: closing (making the on-close backup)…\n`)
    const server = web
    void (async () => {
      // A worker that has died never answers "close": give up after a while rather than hang.
      const giveUp = setTimeout(() => {
        process.stderr.write('casebook web: the backend did not close in time.\n')
        process.exit(1)
      }, CLOSE_TIMEOUT_MS)
      giveUp.unref()
      try {
        await server?.close()
        await backend.close()
      } catch (error) {
        process.stderr.write(`casebook web: closing failed: ${String(error)}\n`)
        process.exitCode = 1
      }
      process.exit()
    })()
  }
  process.on('SIGINT', () => shutDown('SIGINT'))
  process.on('SIGTERM', () => shutDown('SIGTERM'))

  let port: number
  try {
    port = await web.listen(args.port)
  } catch (error) {
    process.stderr.write(
      `casebook web: cannot listen on 127.0.0.1:${args.port}: ${String(error)}\n`,
    )
    await backend.close()
    process.exit(1)
  }
  process.stdout.write(`Casebook web harness: http://127.0.0.1:${port}\n`)
}

void main()
