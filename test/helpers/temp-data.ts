import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { RouteInput, RouteName, RouteOutput } from '../../src/shared/contract/routes'
import type { Role } from '../../src/shared/roles'
import { type Backend, createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'

/** A strong password the policy accepts, and a second one for changes. */
export const PASSWORD = 'correct horse battery staple 42'
export const NEW_PASSWORD = 'purple elephants dance quietly 7'
export const ORG_NAME = 'Kirklees Zephyr Independent Living'
export const ADMIN = { username: 'quentin.admin', displayName: 'Quentin Marchbanks' }

/** A fresh folder under the OS temp dir, removed by `cleanup`. */
export function tempFolder(prefix = 'casebook-test-'): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** SHA-256 of a file's bytes (or "absent"), to prove a failed operation left it untouched. */
export function fileDigest(path: string): string {
  if (!existsSync(path)) return 'absent'
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}

export interface TestOrg {
  readonly backend: Backend
  readonly dataFile: string
  readonly dir: string
  readonly recoveryKey: string
  /** Calls a route as `connection`, failing the test with the error if it is refused. */
  call<N extends RouteName>(
    connection: string,
    name: N,
    input: RouteInput<N>,
  ): Promise<RouteOutput<N>>
  /** Calls a route and returns the raw result. */
  raw<N extends RouteName>(
    connection: string,
    name: N,
    input: RouteInput<N> | Record<string, unknown>,
  ): ReturnType<Backend['call']>
  /** Adds a user with a role and signs them in on their own connection (first password changed). */
  signInAs(role: Role, username?: string): Promise<string>
  cleanup(): Promise<void>
}

/**
 * Creates a real encrypted organisation in a temp folder through the public routes, signed in as the
 * admin on connection "admin". Uses cheap argon2 settings so suites stay quick.
 */
export async function createTestOrg(
  options: { now?: () => Date; secondFactorRoles?: Role[] } = {},
): Promise<TestOrg> {
  const folder = tempFolder()
  const dataFile = join(folder.dir, 'casebook.db')
  const backend = createBackend({
    dataFile,
    host: 'cli',
    kdf: TEST_KDF,
    now: options.now,
    log: () => {},
  })
  const call = async <N extends RouteName>(connection: string, name: N, input: RouteInput<N>) => {
    const result = await backend.call(connection, name, input)
    if (!result.ok) throw new Error(`${name} refused: ${result.error.code} ${result.error.message}`)
    return result.value as RouteOutput<N>
  }
  const { recoveryKey } = await call('setup', 'setup.create', {
    organisationName: ORG_NAME,
    councils: [{ name: 'Kirklees Council', onsCode: 'E08000034' }],
    admin: { ...ADMIN, password: PASSWORD },
    // Two-step sign-in is switched off unless a test is about it (it is on for admins by default).
    secondFactorRoles: options.secondFactorRoles ?? [],
  })
  await call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
  let counter = 0
  return {
    backend,
    dataFile,
    dir: folder.dir,
    recoveryKey,
    call,
    raw: (connection, name, input) => backend.call(connection, name, input),
    async signInAs(role, username) {
      counter += 1
      const name = username ?? `${role}${counter}`
      await call('admin', 'users.add', {
        username: name,
        displayName: `Test ${role} ${counter}`,
        role,
        password: PASSWORD,
      })
      await call(name, 'auth.signIn', { username: name, password: PASSWORD })
      await call(name, 'auth.changePassword', {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      })
      return name
    },
    async cleanup() {
      await backend.close()
      folder.cleanup()
    },
  }
}
