import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../../src/main/backend/backend'
import { TEST_KDF } from '../../../src/main/db/key-derivation'
import { ADMIN, PASSWORD } from '../../helpers/temp-data'
import { CHANGED_NAME, ORG_NAME, type SwitchScene, switchScene } from './switch-fixtures'

let scene: SwitchScene | null = null
afterEach(async () => {
  await scene?.org.cleanup()
  scene = null
})

function hostBackend(dataFile: string, settingsFile: string) {
  return createBackend({ dataFile, settingsFile, host: 'web', kdf: TEST_KDF, log: () => {} })
}

async function organisationName(backend: ReturnType<typeof hostBackend>): Promise<string> {
  const signIn = await backend.call('b', 'auth.signIn', {
    username: ADMIN.username,
    password: PASSWORD,
  })
  expect(signIn.ok).toBe(true)
  const settings = await backend.call('b', 'settings.get', {})
  if (!settings.ok) throw new Error(settings.error.message)
  return (settings.value as { organisationName: string }).organisationName
}

describe('opening another data file at sign-in', () => {
  it('uses the chosen file, and remembers it for the next start', async () => {
    scene = await switchScene('other-folder')
    const { org, restored } = scene
    await org.backend.close()
    const settingsFile = join(org.dir, 'casebook-host.json')
    const first = hostBackend(org.dataFile, settingsFile)
    const opened = await first.call('b', 'app.openDataFile', { file: restored })
    expect(opened).toEqual({ ok: true, value: { dataFile: restored } })
    const about = await first.call('b', 'app.about', {})
    expect(about.ok && (about.value as { dataFile: string }).dataFile).toBe(restored)
    expect(await organisationName(first)).toBe(ORG_NAME)
    await first.close()
    expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ dataFile: restored })

    const next = hostBackend(org.dataFile, settingsFile)
    expect(next.core.dataFile).toBe(restored)
    await next.call('b', 'app.openDataFile', { file: org.dataFile })
    expect(await organisationName(next)).toBe(CHANGED_NAME)
    await next.close()
  })

  it('refuses a file that is not a Casebook data file, saying why, and keeps the one in use', async () => {
    scene = await switchScene('same-folder')
    const { org } = scene
    await org.backend.close()
    const backend = hostBackend(org.dataFile, join(org.dir, 'casebook-host.json'))
    const refusal = async (file: string) => {
      const result = await backend.call('b', 'app.openDataFile', { file })
      expect(result.ok).toBe(false)
      return result.ok ? null : result.error
    }
    const text = join(org.dir, 'notes.txt')
    writeFileSync(text, 'Shopping: milk, bread, eggs and a newspaper')
    expect(await refusal(text)).toMatchObject({
      code: 'DB.NOT_CASEBOOK',
      message: `${text} is not a Casebook data file: there is no key file (${text}.keyring) beside it.`,
    })
    const plain = join(org.dir, 'plain.db')
    new Database(plain).exec('CREATE TABLE t (x)')
    expect((await refusal(plain))?.message).toBe(
      `${plain} is not a Casebook data file: it is an ordinary, unencrypted SQLite database.`,
    )
    const backup = join(org.dir, 'b.cbk')
    expect((await refusal(backup))?.message).toBe(
      `${backup} is not a Casebook data file: it is a backup. Sign in, restore it to a new data file (Admin → Settings), then open that.`,
    )
    expect((await refusal(join(org.dir, 'absent.db')))?.code).toBe('DB.NOT_FOUND')
    expect((await refusal(org.dir))?.code).toBe('DB.CANNOT_OPEN')
    expect(backend.core.dataFile).toBe(org.dataFile)
    expect(existsSync(join(org.dir, 'casebook-host.json'))).toBe(false)
    await backend.close()
  })

  it('is refused while someone is signed in', async () => {
    scene = await switchScene('same-folder')
    const result = await scene.org.raw('other', 'app.openDataFile', { file: scene.restored })
    expect(!result.ok && result.error.code).toBe('DB.IN_USE')
    expect(scene.org.backend.core.dataFile).toBe(scene.org.dataFile)
  })

  it('falls back to the host’s own file when the remembered one has gone', async () => {
    scene = await switchScene('same-folder')
    const settingsFile = join(scene.org.dir, 'casebook-host.json')
    writeFileSync(settingsFile, JSON.stringify({ dataFile: join(scene.org.dir, 'gone.db') }))
    const backend = hostBackend(scene.org.dataFile, settingsFile)
    expect(backend.core.dataFile).toBe(scene.org.dataFile)
    await backend.close()
  })
})
