import Database from 'better-sqlite3-multiple-ciphers'
import { sql } from 'kysely'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { type Backend, createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { keyringPathFor, readKeyring, userLookup } from '../../src/main/db/keyring'
import { applyKey } from '../../src/main/db/sqlite-file'
import { addUser } from '../../src/main/users/user-service'
import {
  ADMIN,
  createTestOrg,
  fileDigest,
  NEW_PASSWORD,
  ORG_NAME,
  PASSWORD,
  type TestOrg,
} from '../helpers/temp-data'

/**
 * Several processes hold the same data file open (the app, the web harness, CLI runs). Each backend
 * here has its own connection and its own copy of the keyring, as a separate process would; the
 * steps run one after another, so the outcome does not depend on timing.
 */
let org: TestOrg
const others: Backend[] = []
afterEach(async () => {
  for (const backend of others.splice(0)) await backend.close()
  await org?.cleanup()
})

async function otherWindow(): Promise<Backend> {
  const backend = createBackend({
    dataFile: org.dataFile,
    host: 'cli',
    kdf: TEST_KDF,
    log: () => {},
  })
  others.push(backend)
  const r = await backend.call('w', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
  expect(r.ok).toBe(true)
  return backend
}

async function call(backend: Backend, name: string, input: unknown) {
  const r = await backend.call('w', name, input)
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`)
  return r.value
}

const user = (username: string) => ({
  username,
  displayName: `Test ${username}`,
  role: 'adviser' as const,
  password: PASSWORD,
})

/** Signs in on a brand-new backend (a process that starts now) and returns the error code, if any. */
async function signInCode(username: string, password = PASSWORD): Promise<string> {
  const backend = createBackend({ dataFile: org.dataFile, host: 'cli', log: () => {} })
  try {
    const r = await backend.call('x', 'auth.signIn', { username, password })
    return r.ok ? 'ok' : r.error.code
  } finally {
    await backend.close()
  }
}

describe('the keyring with more than one process writing', () => {
  it('two processes adding users each keep their key (the later one does not write back an old copy)', async () => {
    org = await createTestOrg()
    const a = await otherWindow()
    const b = await otherWindow()
    await call(a, 'users.add', user('amy'))
    await call(b, 'users.add', user('ben'))
    expect(await signInCode('amy')).toBe('ok')
    expect(await signInCode('ben')).toBe('ok')
    const check = (await call(a, 'db.check', {})) as { keyring: { agrees: boolean } }
    expect(check.keyring.agrees).toBe(true)
  })

  it('a user disabled in one process stays locked out when another adds a user', async () => {
    org = await createTestOrg()
    await org.call('admin', 'users.add', user('dot'))
    const a = await otherWindow()
    const b = await otherWindow()
    await call(a, 'users.disable', { username: 'dot' })
    await call(b, 'users.add', user('eve'))
    const keyring = readKeyring(org.dataFile)
    const dotLookup = userLookup(keyring.databaseId, 'dot')
    // Her sealed key is gone, so her password no longer unwraps the data key at all.
    expect(keyring.wraps.filter((w) => w.lookup === dotLookup)).toEqual([])
    expect(keyring.disabledLookups).toContain(dotLookup)
    expect(await signInCode('dot')).toBe('AUTH.USER_DISABLED')
    expect(await signInCode('eve')).toBe('ok')
  })

  it('a window open since before a user was added elsewhere lets that user sign in', async () => {
    org = await createTestOrg()
    const cli = await otherWindow()
    await call(cli, 'users.add', user('fay'))
    const state = await org.call('fay', 'auth.signIn', { username: 'fay', password: PASSWORD })
    expect(state.user?.username).toBe('fay')
  })

  it('a keyring change in a transaction that rolls back never reaches the keyring', async () => {
    org = await createTestOrg()
    const store = org.backend.core.store!
    const before = fileDigest(keyringPathFor(org.dataFile))
    await expect(
      store.db.transaction().execute(async (trx) => {
        const deps = { store, db: trx, kdf: TEST_KDF, now: new Date(), organisationName: ORG_NAME }
        await addUser(deps, { ...user('gus'), password: NEW_PASSWORD })
        throw new Error('stopped before commit')
      }),
    ).rejects.toThrow('stopped before commit')
    expect(fileDigest(keyringPathFor(org.dataFile))).toBe(before)
  })

  it('a keyring change whose COMMIT fails is taken back out of the keyring', async () => {
    org = await createTestOrg()
    const store = org.backend.core.store!
    const before = readKeyring(org.dataFile)
    await expect(
      store.db.transaction().execute(async (trx) => {
        const deps = { store, db: trx, kdf: TEST_KDF, now: new Date(), organisationName: ORG_NAME }
        await addUser(deps, { ...user('hal'), password: NEW_PASSWORD })
        // A foreign key checked only at COMMIT makes COMMIT itself fail.
        await sql`PRAGMA defer_foreign_keys = ON`.execute(trx)
        await sql`INSERT INTO client_status_history (client_id, status, reason, changed_on, changed_by, created_at)
          VALUES (999999, 'active', NULL, '2026-01-01', NULL, '2026-01-01')`.execute(trx)
      }),
    ).rejects.toThrow(/FOREIGN KEY/)
    expect(readKeyring(org.dataFile).wraps.map((w) => w.id)).toEqual(before.wraps.map((w) => w.id))
    expect(store.keyring.wraps).toHaveLength(before.wraps.length)
  })

  it('every transaction holds the write lock from BEGIN, so it cannot meet a newer snapshot', async () => {
    org = await createTestOrg()
    const store = org.backend.core.store!
    await store.db.transaction().execute(async () => {
      const other = new Database(org.dataFile)
      try {
        applyKey(other, store.dataKey)
        other.pragma('busy_timeout = 0')
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(/locked|busy/i)
      } finally {
        other.close()
      }
    })
  })
})

describe('an interrupted key rotation', () => {
  it('one that stopped before re-keying leaves a .keyring.next that the next sign-in removes', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const next = `${keyringPathFor(org.dataFile)}.next`
    writeFileSync(next, readFileSync(keyringPathFor(org.dataFile)))
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    expect(existsSync(next)).toBe(false)
  })

  it('one that stopped after re-keying is finished at the next sign-in', async () => {
    org = await createTestOrg()
    const keyringPath = keyringPathFor(org.dataFile)
    const old = readFileSync(keyringPath)
    await org.call('admin', 'db.rotateKey', { password: PASSWORD })
    await org.call('admin', 'auth.signOut', {})
    renameSync(keyringPath, `${keyringPath}.next`)
    writeFileSync(keyringPath, old)
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    expect(existsSync(`${keyringPath}.next`)).toBe(false)
    expect(readFileSync(keyringPath).equals(old)).toBe(false)
    expect((await org.call('admin', 'audit.verify', {})).isIntact).toBe(true)
  })
})
