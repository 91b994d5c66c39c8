import { spawn } from 'node:child_process'
import { existsSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, fileDigest, PASSWORD } from '../../helpers/temp-data'
import {
  CHANGED_NAME,
  inspect,
  ORG_NAME,
  openBackend,
  setOf,
  type SwitchScene,
  switchLeftovers,
  switchScene,
} from './switch-fixtures'

let scene: SwitchScene | null = null
afterEach(async () => {
  await scene?.org.cleanup()
  scene = null
})

const switchSummaries = (events: { action: string; summary: string | null }[]) =>
  events.filter((e) => e.action === 'app.switchToRestored').map((e) => e.summary)

describe('switching to a restored data file', () => {
  it('keeps the current set under a dated name, puts the restored set in place, signs everyone out and records it in both', async () => {
    scene = await switchScene('same-folder')
    const { org, restored } = scene
    const before = fileDigest(org.dataFile)
    const other = await org.signInAs('coordinator')
    const switched = await org.call('admin', 'app.switchToRestored', { file: restored })
    expect(switched.dataFile).toBe(org.dataFile)
    expect(switched.keptAs).toMatch(/\/casebook-before-restore-\d{4}-\d\d-\d\dT\d{4}\.db$/)
    // The old set is whole under its new name; the restored file is no longer where it was put.
    expect(setOf(switched.keptAs)).toEqual({ '.db': true, '.keyring': true, '.anchor': true })
    expect(fileDigest(switched.keptAs)).not.toBe('absent')
    expect(setOf(restored)).toEqual({ '.db': false, '.keyring': false, '.anchor': false })
    // Its sign-in counts go with it; nothing else is left about.
    const keptName = switched.keptAs.split('/').pop()!
    expect(switchLeftovers(org.dir)).toEqual(
      ['', '.anchor', '.attempts', '.keyring'].map((s) => `${keptName}${s}`),
    )
    for (const connection of ['admin', other]) {
      const state = await org.call(connection, 'auth.session', {})
      expect(state.state).toBe('signed-out')
    }
    expect(before).not.toBe('absent')

    const now = await inspect(org.dataFile)
    expect(now.name).toBe(ORG_NAME)
    expect(switchSummaries(now.events)).toEqual([
      expect.stringMatching(/^Switched to this restored file \(it was .*casebook-restored\.db\)/),
    ])
    const kept = await inspect(switched.keptAs)
    expect(kept.name).toBe(CHANGED_NAME)
    expect(switchSummaries(kept.events)).toEqual([
      expect.stringMatching(/^Switching to the restored file .*: this data file is kept as /),
    ])
  })

  it('copies a restored file from another folder beside the data file, checks the copy, then switches', async () => {
    scene = await switchScene('other-folder')
    const { org, restored } = scene
    const switched = await org.call('admin', 'app.switchToRestored', { file: restored })
    expect(setOf(restored)).toEqual({ '.db': false, '.keyring': false, '.anchor': false })
    expect(setOf(switched.keptAs)).toEqual({ '.db': true, '.keyring': true, '.anchor': true })
    expect(switchLeftovers(org.dir).filter((n) => !n.includes('before-restore'))).toEqual([])
    expect((await inspect(org.dataFile)).name).toBe(ORG_NAME)
    expect((await inspect(switched.keptAs)).name).toBe(CHANGED_NAME)
  })

  it('is refused, with nothing moved, while another process holds the data file lock', async () => {
    scene = await switchScene('same-folder')
    const { org, restored } = scene
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)'])
    try {
      writeFileSync(
        `${org.dataFile}.lock`,
        JSON.stringify({
          host: hostname(),
          pid: holder.pid,
          heartbeatAt: new Date().toISOString(),
        }),
      )
      const digests = [org.dataFile, restored].map(fileDigest)
      const result = await org.raw('admin', 'app.switchToRestored', { file: restored })
      expect(!result.ok && result.error.code).toBe('DB.IN_USE')
      expect(!result.ok && result.error.message).toContain(`process ${holder.pid}`)
      expect([org.dataFile, restored].map(fileDigest)).toEqual(digests)
      expect(switchLeftovers(org.dir)).toEqual([])
      // Still signed in, still working in the same file.
      expect((await org.call('admin', 'settings.get', {})).organisationName).toBe(CHANGED_NAME)
    } finally {
      holder.kill('SIGKILL')
    }
  })

  it('is refused while another window has the data file open, even when the lock names this one', async () => {
    scene = await switchScene('same-folder')
    const { org, restored } = scene
    const window = openBackend(org.dataFile)
    try {
      const signIn = await window.call('w', 'auth.signIn', {
        username: ADMIN.username,
        password: PASSWORD,
      })
      expect(signIn.ok).toBe(true)
      const result = await org.raw('admin', 'app.switchToRestored', { file: restored })
      expect(!result.ok && result.error.code).toBe('DB.IN_USE')
      expect(switchLeftovers(org.dir)).toEqual([])
      expect(existsSync(restored)).toBe(true)
      expect((await org.call('admin', 'settings.get', {})).organisationName).toBe(CHANGED_NAME)
    } finally {
      await window.close()
    }
  })

  it('asks for a password valid in the restored file when its key is not the one in use', async () => {
    scene = await switchScene('same-folder')
    const { org, restored } = scene
    await org.call('admin', 'db.rotateKey', { password: PASSWORD })
    const refused = await org.raw('admin', 'app.switchToRestored', { file: restored })
    expect(!refused.ok && refused.error.code).toBe('BACKUP.OTHER_KEY')
    const wrong = await org.raw('admin', 'app.switchToRestored', {
      file: restored,
      password: 'not the password at all',
    })
    expect(!wrong.ok && wrong.error.code).toBe('AUTH.WRONG_PASSWORD')
    expect(switchLeftovers(org.dir)).toEqual([])
    await org.call('admin', 'app.switchToRestored', { file: restored, password: PASSWORD })
    expect((await inspect(org.dataFile)).name).toBe(ORG_NAME)
  })

  it('refuses a file that is not a restored Casebook file, and one without its keyring', async () => {
    scene = await switchScene('same-folder')
    const { org, restored } = scene
    const self = await org.raw('admin', 'app.switchToRestored', { file: org.dataFile })
    expect(!self.ok && self.error.code).toBe('DB.EXISTS')
    const missing = await org.raw('admin', 'app.switchToRestored', {
      file: join(org.dir, 'nothing.db'),
    })
    expect(!missing.ok && missing.error.message).toContain('There is no restored data file at')
    const plain = join(org.dir, 'plain.db')
    writeFileSync(plain, 'hello')
    const noKeyring = await org.raw('admin', 'app.switchToRestored', { file: plain })
    expect(!noKeyring.ok && noKeyring.error.code).toBe('DB.KEYRING_MISSING')
    expect(existsSync(restored)).toBe(true)
    expect(switchLeftovers(org.dir)).toEqual([])
  })

  it('is for administrators only', async () => {
    scene = await switchScene('same-folder')
    const coordinator = await scene.org.signInAs('coordinator')
    const result = await scene.org.raw(coordinator, 'app.switchToRestored', {
      file: scene.restored,
    })
    expect(!result.ok && result.error.code).toBe('AUTH.FORBIDDEN')
  })
})
