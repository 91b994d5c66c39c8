import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { CHILD_STEPS } from './child-steps'
import { armProbes, emit, installProbes, sinceArmed } from './crash-probes'
import type { ChildSpec } from './crash-types'

/**
 * The crash child (started by crash-harness.ts, bundled once with esbuild): opens the data file
 * through the real backend, signs in, and runs one operation through the router, reporting on stdout
 * before it starts (`ready`) and after every route that answered ok (`step`), each line written
 * synchronously so it is in the pipe before the child goes on. The parent kills it with SIGKILL at a
 * moment of its choosing; a child left alone closes the file as any host would and says `done`.
 *
 * Usage: node crash-child.mjs '<ChildSpec as JSON>'
 */

class Refused extends Error {}

async function main(): Promise<void> {
  const spec = JSON.parse(process.argv[2] ?? '') as ChildSpec
  installProbes(spec.pause)
  const backend = createBackend({
    dataFile: spec.dataFile,
    host: 'cli',
    kdf: TEST_KDF,
    log: (message, error) =>
      process.stderr.write(`[casebook] ${message} ${error instanceof Error ? error.stack : ''}\n`),
  })
  const call = async (route: string, input: Record<string, unknown>) => {
    const result = await backend.call('crash', route, input, {
      onProgress: (_done, _total, label) => emit({ kind: 'progress', label, t: sinceArmed() }),
    })
    if (!result.ok) {
      const { code, message } = result.error
      emit({ kind: 'refused', route, code, message, t: sinceArmed() })
      throw new Refused(`${route}: ${code}`)
    }
    return result.value as Record<string, unknown>
  }
  await call('auth.signIn', spec.signIn)
  armProbes()
  emit({ kind: 'ready', t: 0 })
  await CHILD_STEPS[spec.operation](
    {
      call,
      committed: (route, found) =>
        emit({ kind: 'step', step: { route, ...found }, t: sinceArmed() }),
      progress: (label) => emit({ kind: 'progress', label, t: sinceArmed() }),
    },
    spec.params,
  )
  await backend.close()
  emit({ kind: 'done', t: sinceArmed() })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (!(error instanceof Refused)) {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`)
    }
    process.exit(1)
  },
)
