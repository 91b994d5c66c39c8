import Database from 'better-sqlite3-multiple-ciphers'
import { chmodSync, copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { keyringPathFor } from '../../src/main/db/keyring'
import { migrations } from '../../src/main/db/migrations'
import { copyBeforeMigrating } from '../../src/main/db/pre-migration-copy'
import { applyKey } from '../../src/main/db/sqlite-file'
import { ADMIN, createTestOrg, PASSWORD, tempFolder, type TestOrg } from '../helpers/temp-data'

let org: TestOrg | undefined
afterEach(async () => {
  await org?.cleanup()
  org = undefined
})

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8)

describe('who may read the data file and the files beside it', () => {
  it('creates the data file, its WAL and shared memory, keyring and attempts file owner-only', async () => {
    org = await createTestOrg()
    await org.raw('x', 'auth.signIn', { username: ADMIN.username, password: 'not it at all' })
    const file = org.dataFile
    for (const path of [
      file,
      `${file}-wal`,
      `${file}-shm`,
      `${file}.keyring`,
      `${file}.attempts`,
    ]) {
      expect([path, modeOf(path)]).toEqual([path, '600'])
    }
  })

  it('tightens files an older version made readable by everyone when it opens them', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const file = org.dataFile
    for (const path of [file, `${file}.keyring`]) chmodSync(path, 0o644)
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    expect([modeOf(file), modeOf(`${file}.keyring`)]).toEqual(['600', '600'])
  })

  it('makes the copy kept before an upgrade owner-only, with its keyring', async () => {
    org = await createTestOrg()
    const store = org.backend.core.store!
    const copy = copyBeforeMigrating(store.sqlite, org.dataFile, migrations.slice(-1), new Date())
    expect([modeOf(copy), modeOf(keyringPathFor(copy))]).toEqual(['600', '600'])
    const opened = new Database(copy, { readonly: true })
    applyKey(opened, store.dataKey)
    expect(opened.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 1 })
    opened.close()
  })
})

describe('a data file path Casebook cannot use', () => {
  const folder = tempFolder()
  afterAll(() => folder.cleanup())

  async function signInCode(dataFile: string) {
    const backend = createBackend({
      dataFile,
      host: 'cli',
      kdf: TEST_KDF,
      log: (m, e) => {
        throw new Error(`logged as a bug: ${m} ${String(e)}`)
      },
    })
    try {
      const r = await backend.call('c', 'auth.signIn', {
        username: ADMIN.username,
        password: PASSWORD,
      })
      return r.ok ? null : r.error
    } finally {
      await backend.close()
    }
  }

  it('a folder given as the data file is refused, naming it', async () => {
    org = await createTestOrg()
    const asFolder = join(folder.dir, 'folder.db')
    mkdirSync(asFolder)
    copyFileSync(keyringPathFor(org.dataFile), keyringPathFor(asFolder))
    const error = await signInCode(asFolder)
    expect(error?.code).toBe('DB.CANNOT_OPEN')
    expect(error?.message).toContain(asFolder)
    expect(error?.message).toMatch(/is a folder/)
  })

  it('a path through a file is refused, naming it', async () => {
    const blocker = join(folder.dir, 'not-a-folder')
    writeFileSync(blocker, 'x')
    const error = await signInCode(join(blocker, 'casebook.db'))
    expect(error?.code).toBe('DB.CANNOT_OPEN')
    expect(error?.message).toContain(join(blocker, 'casebook.db'))
  })

  it('set-up refuses a folder, or a folder that cannot be made, without creating anything', async () => {
    const asFolder = join(folder.dir, 'setup-folder.db')
    mkdirSync(asFolder)
    for (const dataFile of [asFolder, '/proc/casebook-nowhere/casebook.db']) {
      const backend = createBackend({ dataFile, host: 'cli', kdf: TEST_KDF, log: () => {} })
      const r = await backend.call('s', 'setup.create', {
        organisationName: 'Nowhere Advocacy',
        councils: [{ name: 'Leeds', onsCode: 'E08000035' }],
        admin: { ...ADMIN, password: PASSWORD },
        secondFactorRoles: [],
      })
      await backend.close()
      expect(!r.ok && r.error.code).toBe('DB.CANNOT_OPEN')
      expect(!r.ok && r.error.message).toContain(dataFile)
    }
    expect(existsSync(keyringPathFor(asFolder))).toBe(false)
  })
})
