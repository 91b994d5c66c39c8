import Database from 'better-sqlite3-multiple-ciphers'
import { copyFileSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { readKeyring, unwrapDataKey, userLookup } from '../../src/main/db/keyring'
import { migrations } from '../../src/main/db/migrations'
import { openStore } from '../../src/main/db/store'
import { networkFileSystem } from '../../src/main/db/file-guard'
import {
  ADMIN,
  createTestOrg,
  fileDigest,
  NEW_PASSWORD,
  ORG_NAME,
  PASSWORD,
  type TestOrg,
} from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

async function dataKeyOf(file: string): Promise<Buffer> {
  const keyring = readKeyring(file)
  const wrap = keyring.wraps.find(
    (w) => w.lookup === userLookup(keyring.databaseId, ADMIN.username),
  )!
  return (await unwrapDataKey(keyring, wrap, PASSWORD))!
}

function signInFresh(file: string) {
  const backend = createBackend({ dataFile: file, host: 'cli', kdf: TEST_KDF, log: () => {} })
  return {
    backend,
    result: backend.call('c', 'auth.signIn', { username: ADMIN.username, password: PASSWORD }),
  }
}

describe('the encrypted data file', () => {
  it('holds no personal data in plaintext: not the database, its WAL, the keyring nor a backup', async () => {
    org = await createTestOrg()
    await org.call('admin', 'users.add', {
      username: 'zebedee.quist',
      displayName: 'Zebedee Quist',
      role: 'adviser',
      password: PASSWORD,
    })
    const backupFile = join(org.dir, 'backup.cbk')
    await org.call('admin', 'backup.create', { file: backupFile })
    const secrets = [
      ORG_NAME,
      'Kirklees Zephyr',
      ADMIN.username,
      ADMIN.displayName,
      'Marchbanks',
      'zebedee',
      'Zebedee Quist',
    ]
    const files = readdirSync(org.dir).map((f) => join(org.dir, f))
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true)
    for (const file of files) {
      const bytes = readFileSync(file)
      for (const secret of secrets) {
        for (const encoding of ['utf8', 'utf16le'] as const) {
          expect(bytes.includes(Buffer.from(secret, encoding)), `${secret} found in ${file}`).toBe(
            false,
          )
        }
      }
    }
  })

  it('uses SQLCipher 4 format, readable with a raw key by standard SQLCipher settings', async () => {
    org = await createTestOrg()
    const key = await dataKeyOf(org.dataFile)
    const db = new Database(org.dataFile, { readonly: true })
    db.pragma(`cipher = 'sqlcipher'`)
    db.pragma('legacy = 4')
    db.pragma(`key = "x'${key.toString('hex')}'"`)
    expect((db.prepare('SELECT name FROM organisation').get() as { name: string }).name).toBe(
      ORG_NAME,
    )
    db.close()
  })

  it('a file that is not a Casebook database is refused by name and left untouched', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    writeFileSync(org.dataFile, 'This is a spreadsheet, honestly.\n'.repeat(200))
    for (const suffix of ['-wal', '-shm']) writeFileSync(`${org.dataFile}${suffix}`, '')
    const before = fileDigest(org.dataFile)
    const { backend, result } = signInFresh(org.dataFile)
    const r = await result
    expect(!r.ok && r.error.code).toBe('DB.NOT_CASEBOOK')
    expect(!r.ok && r.error.message).toContain(org.dataFile)
    expect(fileDigest(org.dataFile)).toBe(before)
    await backend.close()
  })

  it('a truncated database is refused with a clear message and left untouched', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    truncateSync(org.dataFile, 4096 + 100)
    const before = fileDigest(org.dataFile)
    const { backend, result } = signInFresh(org.dataFile)
    const r = await result
    expect(r.ok).toBe(false)
    expect(!r.ok && ['DB.CORRUPT', 'DB.NOT_CASEBOOK']).toContain(!r.ok && r.error.code)
    expect(!r.ok && r.error.message).toContain(org.dataFile)
    expect(!r.ok && r.error.message).not.toMatch(/at .*\.ts:\d+/)
    expect(fileDigest(org.dataFile)).toBe(before)
    await backend.close()
  })

  it('a corrupted page is reported as damage, not a stack trace', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const bytes = readFileSync(org.dataFile)
    bytes.fill(0x41, 4096 * 2, 4096 * 3)
    writeFileSync(org.dataFile, bytes)
    const { backend, result } = signInFresh(org.dataFile)
    const r = await result
    expect(r.ok).toBe(false)
    expect(!r.ok && r.error.code).toMatch(/^DB\./)
    await backend.close()
  })

  it('a database from a newer Casebook is refused, naming both versions', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const key = await dataKeyOf(org.dataFile)
    const keyring = readKeyring(org.dataFile)
    const future = [
      ...migrations,
      {
        id: '9999-future-thing',
        sql: 'CREATE TABLE future_thing (id INTEGER PRIMARY KEY) STRICT;',
      },
    ]
    openStore(org.dataFile, key, keyring, {
      now: () => new Date(),
      migrations: future,
      appVersion: '9.9.0',
      beforeMigrate: () => {},
    }).close()
    const { backend, result } = signInFresh(org.dataFile)
    const r = await result
    expect(!r.ok && r.error.code).toBe('DB.TOO_NEW')
    expect(!r.ok && r.error.message).toMatch(/Casebook 9\.9\.0.*this is Casebook 0\.\d+\.\d+/)
    await backend.close()
  })

  it('copies the file before migrating it', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const key = await dataKeyOf(org.dataFile)
    const keyring = readKeyring(org.dataFile)
    const copies: string[] = []
    // Simulate an upgrade from "one migration fewer": a new migration appears in the code.
    const newer = [
      ...migrations,
      { id: '9998-add-thing', sql: 'CREATE TABLE thing (id INTEGER PRIMARY KEY) STRICT;' },
    ]
    const store = openStore(org.dataFile, key, keyring, {
      now: () => new Date(),
      migrations: newer,
      beforeMigrate: (sqlite) => {
        const copy = `${org.dataFile}.before-test`
        sqlite.prepare('VACUUM INTO ?').run(copy)
        copyFileSync(`${org.dataFile}.keyring`, `${copy}.keyring`)
        copies.push(copy)
      },
    })
    expect(store.migrationPlan.pending.map((m) => m.id)).toEqual(['9998-add-thing'])
    store.close()
    expect(copies).toHaveLength(1)
    expect(fileDigest(copies[0]!)).not.toBe('absent')
  })

  it('a migration changed after release is refused', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const key = await dataKeyOf(org.dataFile)
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, sql: `${m.sql}\n-- edited` } : m))
    expect(() =>
      openStore(org.dataFile, key, readKeyring(org.dataFile), {
        now: () => new Date(),
        migrations: edited,
      }),
    ).toThrow(/different step/)
  })

  it('rotating the key re-encrypts the file; everyone keeps their password; the old key no longer opens it', async () => {
    org = await createTestOrg()
    await org.signInAs('adviser', 'amy')
    const oldKey = await dataKeyOf(org.dataFile)
    await org.call('admin', 'db.rotateKey', { password: PASSWORD })
    await org.call('admin', 'auth.signOut', {})
    await org.call('amy', 'auth.signOut', {})
    const newKey = await dataKeyOf(org.dataFile)
    expect(newKey.equals(oldKey)).toBe(false)
    expect(() =>
      openStore(org.dataFile, oldKey, readKeyring(org.dataFile), { now: () => new Date() }),
    ).toThrow()
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    await org.call('amy', 'auth.signIn', { username: 'amy', password: NEW_PASSWORD })
    expect((await org.call('admin', 'audit.verify', {})).isIntact).toBe(true)
    const recovered = await org.call('r', 'auth.recover', {
      recoveryKey: org.recoveryKey,
      newPassword: NEW_PASSWORD,
    })
    expect(recovered.username).toBe(ADMIN.username)
  })

  it('knows a network drive from a local disk', () => {
    const mounts = [
      '/dev/sda1 / ext4 rw 0 0',
      '//server/share /mnt/office cifs rw 0 0',
      'nas:/vol /srv/nas nfs4 rw 0 0',
    ].join('\n')
    expect(networkFileSystem('/home/me/casebook.db', mounts)).toBeNull()
    expect(networkFileSystem('/mnt/office/casebook.db', mounts)).toBe('cifs')
    expect(networkFileSystem('/srv/nas/x/casebook.db', mounts)).toBe('nfs4')
    expect(networkFileSystem('\\\\server\\share\\casebook.db', mounts)).toMatch(/UNC/)
  })

  it('refuses a file another PC has open', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    writeFileSync(
      `${org.dataFile}.lock`,
      JSON.stringify({ host: 'RECEPTION-PC', pid: 1, heartbeatAt: new Date().toISOString() }),
    )
    const { backend, result } = signInFresh(org.dataFile)
    const r = await result
    expect(!r.ok && r.error.code).toBe('DB.IN_USE')
    expect(!r.ok && r.error.message).toContain('RECEPTION-PC')
    await backend.close()
  })
})
