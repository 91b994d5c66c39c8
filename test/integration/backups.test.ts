import { mkdirSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import {
  ADMIN,
  createTestOrg,
  fileDigest,
  ORG_NAME,
  PASSWORD,
  type TestOrg,
  tempFolder,
} from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('backups', () => {
  it('creates a verified backup, verifies it, and restores it to a new file that opens', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    const made = await org.call('admin', 'backup.create', { file })
    expect(made.sizeBytes).toBeGreaterThan(1000)
    expect((await org.call('admin', 'backup.verify', { file })).integrity).toBe('ok')
    const to = join(org.dir, 'restored.db')
    const restored = await org.call('x', 'backup.restore', {
      file,
      to,
      username: ADMIN.username,
      password: PASSWORD,
    })
    expect(restored.restoredTo).toBe(to)
    const other = createBackend({ dataFile: to, host: 'cli', kdf: TEST_KDF, log: () => {} })
    expect(
      (await other.call('c', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })).ok,
    ).toBe(true)
    const settings = await other.call('c', 'settings.get', {})
    expect(settings.ok && (settings.value as { organisationName: string }).organisationName).toBe(
      ORG_NAME,
    )
    const events = await other.call('c', 'audit.list', {})
    expect(
      events.ok &&
        (events.value as { action: string }[]).some((e) => e.action === 'backup.restore'),
    ).toBe(true)
    await other.close()
  })

  it('a backup cut short fails verify, and restore refuses it leaving nothing behind', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    truncateSync(file, readFileSync(file).length - 5000)
    const v = await org.raw('admin', 'backup.verify', { file })
    expect(!v.ok && v.error.code).toBe('BACKUP.TRUNCATED')
    expect(!v.ok && v.error.message).toContain('cut short')
    const to = join(org.dir, 'r.db')
    const r = await org.raw('x', 'backup.restore', { file, to, password: PASSWORD })
    expect(!r.ok && r.error.code).toBe('BACKUP.TRUNCATED')
    expect(fileDigest(to)).toBe('absent')
    expect(fileDigest(`${to}.keyring`)).toBe('absent')
  })

  it('a backup altered in one byte fails verify and restore', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    const bytes = readFileSync(file)
    bytes[bytes.length - 3000]! ^= 0xff
    writeFileSync(file, bytes)
    const v = await org.raw('admin', 'backup.verify', { file })
    expect(!v.ok && v.error.code).toBe('BACKUP.ALTERED')
    const to = join(org.dir, 'r.db')
    const r = await org.raw('x', 'backup.restore', { file, to, password: PASSWORD })
    expect(!r.ok && r.error.code).toBe('BACKUP.ALTERED')
    expect(fileDigest(to)).toBe('absent')
  })

  it('a file that is not a backup is named as such', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'notes.txt')
    writeFileSync(file, 'shopping list')
    const v = await org.raw('admin', 'backup.verify', { file })
    expect(!v.ok && v.error.code).toBe('BACKUP.NOT_A_BACKUP')
    expect(!v.ok && v.error.message).toContain(file)
  })

  it('restore never writes over an existing file', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    const before = fileDigest(org.dataFile)
    const r = await org.raw('admin', 'backup.restore', { file, to: org.dataFile })
    expect(!r.ok && r.error.code).toBe('BACKUP.TARGET_EXISTS')
    expect(fileDigest(org.dataFile)).toBe(before)
  })

  it('restoring into a folder that does not exist says so (not "cannot be written to")', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    const missing = join(org.dir, 'no-such-folder')
    const r = await org.raw('admin', 'backup.restore', { file, to: join(missing, 'r.db') })
    expect(!r.ok && r.error.code).toBe('BACKUP.FOLDER_UNAVAILABLE')
    expect(!r.ok && r.error.message).toBe(
      `The folder for the restored file ${missing} does not exist. Create it first or choose another folder (if it is on a USB drive, is the drive plugged in?).`,
    )
    const b = await org.raw('admin', 'backup.create', { file: join(missing, 'b.cbk') })
    expect(!b.ok && b.error.message).toMatch(/^The backup folder .* does not exist\./)
    const throughFile = await org.raw('admin', 'backup.restore', { file, to: join(file, 'r.db') })
    expect(!throughFile.ok && throughFile.error.message).toContain('is a file, not a folder')
  })

  it('after a key rotation, an older backup needs a password valid when it was made', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    await org.call('admin', 'db.rotateKey', { password: PASSWORD })
    const v = await org.raw('admin', 'backup.verify', { file })
    expect(!v.ok && v.error.code).toBe('BACKUP.OTHER_KEY')
    expect((await org.call('admin', 'backup.verify', { file, password: PASSWORD })).integrity).toBe(
      'ok',
    )
  })

  it('backs up to the chosen folder, reports the last good backup, and warns after 7 days without one', async () => {
    let now = new Date('2026-11-25T10:00:00Z')
    org = await createTestOrg({ now: () => now })
    const status0 = await org.call('admin', 'backup.status', {})
    expect(status0).toMatchObject({ lastGood: null, isOverdue: true })
    expect(status0.message).toMatch(/Choose a backup folder/)
    const folder = join(org.dir, 'usb')
    mkdirSync(folder)
    await org.call('admin', 'settings.update', { backupFolder: folder })
    await org.backend.core.runDailyBackupIfDue()
    expect(readdirSync(folder).filter((f) => f.endsWith('-daily.cbk'))).toHaveLength(1)
    const status1 = await org.call('admin', 'backup.status', {})
    expect(status1).toMatchObject({ isOverdue: false, daysSinceLastGood: 0 })
    // Not due again the same day.
    await org.backend.core.runDailyBackupIfDue()
    expect(readdirSync(folder)).toHaveLength(1)
    now = new Date('2026-12-03T10:00:00Z')
    const status2 = await org.call('admin', 'backup.status', {})
    expect(status2).toMatchObject({ isOverdue: true, daysSinceLastGood: 8 })
    expect(status2.message).toMatch(/8 days ago/)
  })

  it('refuses a backup folder that is not a full path to a folder it can write to', async () => {
    org = await createTestOrg()
    for (const [folder, message] of [
      ['backups', /^Give the full path of the folder/],
      [
        join(org.dir, 'not-plugged-in'),
        /cannot save files in .*not-plugged-in: check that the folder exists/,
      ],
      [org.dataFile, /cannot save files in/],
      [org.dir, /^Choose a folder away from the data file’s own folder/],
    ] as const) {
      const refused = await org.raw('admin', 'settings.update', { backupFolder: folder })
      expect(!refused.ok && refused.error, folder).toMatchObject({
        code: 'INPUT.INVALID',
        message: expect.stringMatching(message),
        details: { issues: [{ path: 'backupFolder' }] },
      })
    }
    expect((await org.call('admin', 'settings.get', {})).backupFolder).toBeNull()
    // Clearing the folder is always allowed.
    await org.call('admin', 'settings.update', { backupFolder: null })
  })

  it('warns, saying why, about a backup folder on the data file’s own drive, and shows its free space', async () => {
    org = await createTestOrg()
    const inside = join(org.dir, 'backups')
    mkdirSync(inside)
    const saved = await org.call('admin', 'settings.update', { backupFolder: inside })
    expect(saved.backupFolderCheck).toMatchObject({
      problem: null,
      warning: expect.stringMatching(
        /^This folder is inside the data file’s own folder: .* the backups go with it/,
      ),
    })
    expect(saved.backupFolderCheck?.freeBytes).toBeGreaterThan(0)
    const beside = tempFolder('casebook-backups-')
    try {
      const other = await org.call('admin', 'settings.update', { backupFolder: beside.dir })
      // The temp folder shares the test's drive: the same-drive warning.
      expect(other.backupFolderCheck?.warning).toMatch(
        /^This folder is on the same drive as the data file/,
      )
      expect((await org.call('admin', 'settings.get', {})).backupFolderCheck?.warning).toMatch(
        /same drive/,
      )
    } finally {
      beside.cleanup()
    }
  })

  it('makes an on-close backup when the last session ends', async () => {
    org = await createTestOrg()
    const folder = join(org.dir, 'share')
    mkdirSync(folder)
    await org.call('admin', 'settings.update', { backupFolder: folder })
    const backend = createBackend({
      dataFile: org.dataFile,
      host: 'web',
      kdf: TEST_KDF,
      automaticBackups: true,
      log: () => {},
    })
    await org.call('admin', 'auth.signOut', {})
    await org.backend.close()
    expect(
      (await backend.call('w', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })).ok,
    ).toBe(true)
    await backend.call('w', 'auth.signOut', {})
    expect(readdirSync(folder).some((f) => f.endsWith('-on-close.cbk'))).toBe(true)
    await backend.close()
  })
})
