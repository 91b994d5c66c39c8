import Database from 'better-sqlite3-multiple-ciphers'
import { existsSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { type Backend, createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { keyringPathFor } from '../../src/main/db/keyring'
import { applyKey } from '../../src/main/db/sqlite-file'
import { ADMIN, PASSWORD, tempFolder } from '../helpers/temp-data'
import { join } from 'node:path'

/**
 * Another process holding SQLite's write lock (here a second connection that began a write and
 * waits) makes every write wait for it; past the wait the caller gets `DB.BUSY`, never a stack trace.
 */
const folder = tempFolder()
let backend: Backend
const holders: Database.Database[] = []
afterEach(async () => {
  for (const h of holders.splice(0)) h.close()
  await backend?.close()
})

async function newOrg(name: string): Promise<{ dataFile: string; key: Buffer }> {
  const dataFile = join(folder.dir, `${name}.db`)
  backend = createBackend({
    dataFile,
    host: 'cli',
    kdf: TEST_KDF,
    busyTimeoutMs: 200,
    log: () => {},
  })
  const setup = await backend.call('s', 'setup.create', {
    organisationName: 'Busy Bees Advocacy',
    councils: [{ name: 'Leeds', onsCode: 'E08000035' }],
    admin: { ...ADMIN, password: PASSWORD },
    secondFactorRoles: [],
  })
  expect(setup.ok).toBe(true)
  // The file set-up left open has the normal wait; reopen it through sign-in with the short one.
  await backend.close()
  const signIn = await backend.call('admin', 'auth.signIn', {
    username: ADMIN.username,
    password: PASSWORD,
  })
  expect(signIn.ok).toBe(true)
  return { dataFile, key: backend.core.store!.dataKey }
}

/** Another process that has begun writing and has not finished. */
function holdWriteLock(dataFile: string, key: Buffer): Database.Database {
  const other = new Database(dataFile)
  holders.push(other)
  applyKey(other, key)
  other.exec('BEGIN IMMEDIATE')
  return other
}

describe('a data file another process is writing to', () => {
  it('refuses a write past the wait with DB.BUSY and one plain line', async () => {
    const { dataFile, key } = await newOrg('busy-write')
    const other = holdWriteLock(dataFile, key)
    const r = await backend.call('admin', 'users.add', {
      username: 'ida',
      displayName: 'Ida Busy',
      role: 'adviser',
      password: PASSWORD,
    })
    expect(!r.ok && r.error).toMatchObject({
      code: 'DB.BUSY',
      message:
        'Another Casebook window or command is writing to the data file; try again in a moment.',
    })
    other.exec('ROLLBACK')
    const again = await backend.call('admin', 'users.add', {
      username: 'ida',
      displayName: 'Ida Busy',
      role: 'adviser',
      password: PASSWORD,
    })
    expect(again.ok).toBe(true)
  })

  it('does not lose the sign-out audit event: it is written at the next sign-in', async () => {
    const { dataFile, key } = await newOrg('busy-sign-out')
    const other = holdWriteLock(dataFile, key)
    const out = await backend.call('admin', 'auth.signOut', {})
    expect(out.ok).toBe(true)
    other.exec('ROLLBACK')
    const signIn = await backend.call('admin', 'auth.signIn', {
      username: ADMIN.username,
      password: PASSWORD,
    })
    expect(signIn.ok).toBe(true)
    const events = await backend.call('admin', 'audit.list', {})
    const actions = events.ok ? (events.value as { action: string; actor: string }[]) : []
    expect(actions.filter((e) => e.action === 'auth.signOut')).toEqual([
      expect.objectContaining({ actor: ADMIN.username }),
    ])
    const verified = await backend.call('admin', 'audit.verify', {})
    expect(verified.ok && (verified.value as { isIntact: boolean }).isIntact).toBe(true)
  })

  it('refuses to rotate the key while another process has the file open, leaving no .keyring.next', async () => {
    const { dataFile } = await newOrg('busy-rotate')
    const other = createBackend({ dataFile, host: 'cli', busyTimeoutMs: 200, log: () => {} })
    try {
      const signIn = await other.call('o', 'auth.signIn', {
        username: ADMIN.username,
        password: PASSWORD,
      })
      expect(signIn.ok).toBe(true)
      const r = await backend.call('admin', 'db.rotateKey', { password: PASSWORD })
      expect(!r.ok && r.error.code).toBe('DB.BUSY')
      expect(!r.ok && r.error.message).toMatch(/Close it, then rotate the key again/)
      expect(existsSync(`${keyringPathFor(dataFile)}.next`)).toBe(false)
      // Nothing changed: both still work with the key they have.
      expect((await other.call('o', 'users.list', {})).ok).toBe(true)
      expect((await backend.call('admin', 'users.list', {})).ok).toBe(true)
    } finally {
      await other.close()
    }
  })
})
