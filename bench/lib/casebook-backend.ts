import { join } from 'node:path'
import { type Backend, createBackend } from '../../src/main/backend/backend'
import type { DispatchOptions } from '../../src/main/backend/router'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import type { Store } from '../../src/main/db/store'
import type { RouteInput, RouteName, RouteOutput } from '../../src/shared/contract/routes'
import { BENCH_ADMIN } from './casebook-file'

/** The connection the administrator is signed in on. */
export const ADMIN_CONNECTION = 'bench-admin'

export interface BenchBackend {
  readonly backend: Backend
  readonly file: string
  /**
   * Calls a route through the router (authorise → validate → run → check the output) as
   * `connection`, and returns its value; throws when the route refuses, with its code and message.
   */
  call<N extends RouteName>(
    connection: string,
    name: N,
    input: RouteInput<N>,
    options?: DispatchOptions,
  ): Promise<RouteOutput<N>>
  /** The open data file (raw driver and kysely), shared by every session. */
  store(): Store
  close(): Promise<void>
}

/**
 * A real organisation made the way first-run set-up makes one, through the backend's own routes
 * (`setup.create`, then `auth.signIn` as `BENCH_ADMIN` on `ADMIN_CONNECTION`), like
 * test/helpers/temp-data.ts does. New staff wraps use `TEST_KDF`: suites that measure sign-in use
 * `createBenchDataFile` instead. `log` receives what the backend logs (route failures are bugs).
 */
export async function createBenchBackend(
  dir: string,
  log: (message: string) => void,
): Promise<BenchBackend> {
  const file = join(dir, 'casebook.db')
  const backend = createBackend({
    dataFile: file,
    host: 'cli',
    kdf: TEST_KDF,
    log: (message, error) => log(`backend: ${message}${error ? ` ${String(error)}` : ''}`),
  })
  const call = async <N extends RouteName>(
    connection: string,
    name: N,
    input: RouteInput<N>,
    options?: DispatchOptions,
  ): Promise<RouteOutput<N>> => {
    const result = await backend.call(connection, name, input, options)
    if (!result.ok) {
      throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`)
    }
    return result.value as RouteOutput<N>
  }
  await call('bench-setup', 'setup.create', {
    organisationName: 'Benchmark Advocacy Group',
    councils: [{ name: 'Kirklees Council', onsCode: 'E08000034' }],
    admin: { ...BENCH_ADMIN },
    secondFactorRoles: [],
  })
  await call(ADMIN_CONNECTION, 'auth.signIn', {
    username: BENCH_ADMIN.username,
    password: BENCH_ADMIN.password,
  })
  return {
    backend,
    file,
    call,
    store: () => backend.core.requireStore(),
    close: () => backend.close(),
  }
}
