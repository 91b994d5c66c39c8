import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { runCli } from '../helpers/run-cli'
import { ADMIN, createTestOrg, PASSWORD, tempFolder, type TestOrg } from '../helpers/temp-data'

let org: TestOrg | undefined
const cleanups: (() => unknown)[] = []
afterEach(async () => {
  await org?.cleanup()
  org = undefined
  for (const done of cleanups.splice(0)) await done()
})

function newBackend(dataFile: string) {
  const backend = createBackend({ dataFile, host: 'web', kdf: TEST_KDF, log: () => {} })
  cleanups.push(() => backend.close())
  return backend
}

describe('the recovery key', () => {
  it('set-up is not finished until the key is typed back; a reload can show it again meanwhile', async () => {
    const folder = tempFolder()
    cleanups.push(folder.cleanup)
    const backend = newBackend(join(folder.dir, 'casebook.db'))
    const made = await backend.call('w', 'setup.create', {
      organisationName: 'Reload Test',
      councils: [],
      admin: { ...ADMIN, password: PASSWORD },
      secondFactorRoles: [],
    })
    const key = made.ok ? (made.value as { recoveryKey: string }).recoveryKey : ''
    // The window reloads on the last step: the session says a key is waiting, and it can be shown.
    expect(await backend.call('w2', 'auth.session', {})).toMatchObject({
      ok: true,
      value: { state: 'signed-out', hasPendingRecoveryKey: true },
    })
    expect(await backend.call('w2', 'setup.pendingRecoveryKey', {})).toEqual({
      ok: true,
      value: { recoveryKey: key },
    })
    expect(
      await backend.call('w2', 'setup.confirmRecoveryKey', { recoveryKey: 'AAAA-BBBB' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_RECOVERY_KEY' },
    })
    const typed = key.toLowerCase().replaceAll('-', ' ')
    expect((await backend.call('w2', 'setup.confirmRecoveryKey', { recoveryKey: typed })).ok).toBe(
      true,
    )
    expect(await backend.call('w2', 'setup.pendingRecoveryKey', {})).toEqual({
      ok: true,
      value: { recoveryKey: null },
    })
    const signedIn = await backend.call('w2', 'auth.signIn', {
      username: ADMIN.username,
      password: PASSWORD,
    })
    expect(signedIn).toMatchObject({ ok: true, value: { isRecoveryKeyUnconfirmed: false } })
  })

  it('unconfirmed after a restart: administrators are reminded, and can make a new one (the old one stops working)', async () => {
    org = await createTestOrg()
    const oldKey = org.recoveryKey
    expect((await org.call('admin', 'auth.session', {})).isRecoveryKeyUnconfirmed).toBe(true)
    // Casebook restarts: the key set-up made is gone from memory, so set-up cannot be finished with it.
    await org.backend.close()
    const backend = newBackend(org.dataFile)
    const call = async (name: string, input: object) => backend.call('c', name, input)
    expect(await call('setup.confirmRecoveryKey', { recoveryKey: oldKey })).toMatchObject({
      ok: false,
      error: { code: 'SETUP.REQUIRED' },
    })
    expect(
      await call('auth.signIn', { username: ADMIN.username, password: PASSWORD }),
    ).toMatchObject({
      ok: true,
      value: { isRecoveryKeyUnconfirmed: true },
    })
    expect(await call('recoveryKey.renew', { password: 'not my password at all' })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_PASSWORD' },
    })
    const renewed = await call('recoveryKey.renew', { password: PASSWORD })
    const newKey = renewed.ok ? (renewed.value as { recoveryKey: string }).recoveryKey : ''
    expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/)
    expect(await call('recoveryKey.confirm', { recoveryKey: oldKey })).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_RECOVERY_KEY' },
    })
    expect((await call('recoveryKey.confirm', { recoveryKey: newKey })).ok).toBe(true)
    expect(await call('auth.session', {})).toMatchObject({
      value: { isRecoveryKeyUnconfirmed: false },
    })
    const events = await call('audit.list', { limit: 5 })
    const summaries = events.ok
      ? (events.value as { summary: string | null }[]).map((e) => e.summary)
      : []
    expect(summaries).toEqual(
      expect.arrayContaining([
        'New recovery key made; the old one no longer works',
        'Recovery key confirmed as kept',
      ]),
    )
    // Only the new key resets a password now.
    await call('auth.signOut', {})
    expect(
      await call('auth.recover', {
        recoveryKey: oldKey,
        newPassword: 'a brand new long phrase 91',
      }),
    ).toMatchObject({ ok: false, error: { code: 'AUTH.WRONG_RECOVERY_KEY' } })
    expect(
      (
        await call('auth.recover', {
          recoveryKey: newKey,
          newPassword: 'a brand new long phrase 91',
        })
      ).ok,
    ).toBe(true)
  })

  it('on the command line: recovery-key new prints the key once, and the old one no longer works', async () => {
    org = await createTestOrg()
    await org.backend.close()
    const env = { CASEBOOK_PASSWORD: PASSWORD }
    const made = await runCli(['recovery-key', 'new', '--db', org.dataFile, '--json'], env, org.dir)
    expect(made.code, made.stderr).toBe(0)
    const { recoveryKey } = JSON.parse(made.stdout) as { recoveryKey: string }
    const old = await runCli(
      ['recover', '--recovery-key', org.recoveryKey, '--db', org.dataFile],
      { CASEBOOK_NEW_PASSWORD: 'a brand new long phrase 91' },
      org.dir,
    )
    expect(old.code).toBe(1)
    expect(old.stderr).toMatch(/AUTH\.WRONG_RECOVERY_KEY/)
    const fresh = await runCli(
      ['recover', '--recovery-key', recoveryKey, '--db', org.dataFile],
      { CASEBOOK_NEW_PASSWORD: 'a brand new long phrase 91' },
      org.dir,
    )
    expect(fresh.code, fresh.stderr).toBe(0)
  })
})
