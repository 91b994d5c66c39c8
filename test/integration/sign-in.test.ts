import { readFileSync, writeFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { createBackend } from '../../src/main/backend/backend'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import {
  ADMIN,
  createTestOrg,
  fileDigest,
  NEW_PASSWORD,
  PASSWORD,
  type TestOrg,
} from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('signing in', () => {
  it('a wrong password is refused with AUTH.WRONG_PASSWORD and writes nothing to the data file', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {}) // closes the file: the next sign-in opens it afresh
    const before = [
      fileDigest(org.dataFile),
      fileDigest(`${org.dataFile}-wal`),
      fileDigest(`${org.dataFile}.keyring`),
    ]
    const result = await org.raw('x', 'auth.signIn', {
      username: ADMIN.username,
      password: 'not the password at all',
    })
    expect(!result.ok && result.error.code).toBe('AUTH.WRONG_PASSWORD')
    expect([
      fileDigest(org.dataFile),
      fileDigest(`${org.dataFile}-wal`),
      fileDigest(`${org.dataFile}.keyring`),
    ]).toEqual(before)
  })

  it('an unknown username gets the same answer as a wrong password', async () => {
    org = await createTestOrg()
    const result = await org.raw('x', 'auth.signIn', { username: 'nobody', password: PASSWORD })
    expect(!result.ok && result.error.code).toBe('AUTH.WRONG_PASSWORD')
  })

  it('repeated wrong passwords slow further attempts, even with the right password', async () => {
    org = await createTestOrg()
    const codes: string[] = []
    for (let i = 0; i < 4; i++) {
      const r = await org.raw('x', 'auth.signIn', {
        username: ADMIN.username,
        password: `wrong ${i}`,
      })
      if (!r.ok) codes.push(r.error.code)
    }
    expect(codes.slice(0, 3)).toEqual([
      'AUTH.WRONG_PASSWORD',
      'AUTH.WRONG_PASSWORD',
      'AUTH.WRONG_PASSWORD',
    ])
    const blocked = await org.raw('x', 'auth.signIn', {
      username: ADMIN.username,
      password: PASSWORD,
    })
    expect(!blocked.ok && blocked.error.code).toBe('AUTH.TOO_MANY_ATTEMPTS')
    expect(!blocked.ok && (blocked.error.details?.retryAfterSeconds as number)).toBeGreaterThan(0)
  })

  it('failed sign-ins reach the audit log, naming the user', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    await org.raw('x', 'auth.signIn', { username: ADMIN.username, password: 'wrong guess here' })
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    const events = await org.call('admin', 'audit.list', {})
    const failed = events.find((e) => e.action === 'auth.signInFailed')
    expect(failed?.actor).toBe(ADMIN.username)
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['auth.signIn', 'auth.signOut', 'setup.create']),
    )
  })

  it('without a username, signs in the only administrator', async () => {
    org = await createTestOrg()
    const state = await org.call('cli', 'auth.signIn', { password: PASSWORD })
    expect(state.user?.username).toBe(ADMIN.username)
    await org.call('admin', 'users.add', {
      username: 'second',
      displayName: 'Second Admin',
      role: 'admin',
      password: NEW_PASSWORD,
    })
    const ambiguous = await org.raw('cli2', 'auth.signIn', { password: PASSWORD })
    expect(!ambiguous.ok && ambiguous.error.code).toBe('USERS.AMBIGUOUS')
  })

  it('locks on demand and after inactivity; unlock needs the right password', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.lock', {})
    const blocked = await org.raw('admin', 'users.list', {})
    expect(!blocked.ok && blocked.error.code).toBe('AUTH.LOCKED')
    const wrong = await org.raw('admin', 'auth.unlock', { password: 'not it at all' })
    expect(!wrong.ok && wrong.error.code).toBe('AUTH.WRONG_PASSWORD')
    // The lock screen has no username to type, so the message does not mention one.
    expect(!wrong.ok && wrong.error.message).toBe('That is not your password.')
    const state = await org.call('admin', 'auth.unlock', { password: PASSWORD })
    expect(state.state).toBe('active')
    // Inactivity: pretend the last call was 11 minutes ago (default lock after 10).
    org.backend.core.sessions.get('admin')!.lastActivityAt -= 11 * 60_000
    const idle = await org.raw('admin', 'users.list', {})
    expect(!idle.ok && idle.error.code).toBe('AUTH.LOCKED')
    expect((await org.call('admin', 'auth.session', {})).state).toBe('locked')
  })

  it('a first password must be changed before anything else', async () => {
    org = await createTestOrg()
    await org.call('admin', 'users.add', {
      username: 'jo',
      displayName: 'Jo Adviser',
      role: 'adviser',
      password: PASSWORD,
    })
    const state = await org.call('jo', 'auth.signIn', { username: 'jo', password: PASSWORD })
    expect(state.mustChangePassword).toBe(true)
    const blocked = await org.raw('jo', 'settings.get', {})
    expect(!blocked.ok && blocked.error.code).toBe('AUTH.PASSWORD_CHANGE_REQUIRED')
    const weak = await org.raw('jo', 'auth.changePassword', {
      currentPassword: PASSWORD,
      newPassword: 'password123',
    })
    expect(!weak.ok && weak.error.code).toBe('AUTH.WEAK_PASSWORD')
    expect(!weak.ok && weak.error.message).toMatch(/Password refused/)
    await org.call('jo', 'auth.changePassword', {
      currentPassword: PASSWORD,
      newPassword: NEW_PASSWORD,
    })
    expect((await org.call('jo', 'settings.get', {})).organisationName).toBeTruthy()
  })

  it('the recovery key sets a new administrator password', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    const wrong = await org.raw('x', 'auth.recover', {
      recoveryKey: 'AAAA-BBBB-CCCC-DDDD',
      newPassword: NEW_PASSWORD,
    })
    expect(!wrong.ok && wrong.error.code).toBe('AUTH.WRONG_RECOVERY_KEY')
    const typed = org.recoveryKey.toLowerCase().replaceAll('-', ' ')
    expect(
      (await org.call('x', 'auth.recover', { recoveryKey: typed, newPassword: NEW_PASSWORD }))
        .username,
    ).toBe(ADMIN.username)
    const old = await org.raw('y', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    expect(!old.ok && old.error.code).toBe('AUTH.WRONG_PASSWORD')
    await org.call('y', 'auth.signIn', { username: ADMIN.username, password: NEW_PASSWORD })
  })

  it('weak set-up passwords are refused with a reason, and nothing is created', async () => {
    org = await createTestOrg()
    const file = `${org.dir}/other.db`
    const backend = createBackend({ dataFile: file, host: 'cli', kdf: TEST_KDF, log: () => {} })
    const result = await backend.call('s', 'setup.create', {
      organisationName: 'Acme Trust',
      councils: [],
      admin: { username: 'acme', displayName: 'Acme Admin', password: 'acmetrust1' },
      secondFactorRoles: [],
    })
    expect(!result.ok && result.error.code).toBe('AUTH.WEAK_PASSWORD')
    expect(fileDigest(file)).toBe('absent')
    expect(fileDigest(`${file}.keyring`)).toBe('absent')
    await backend.close()
  })

  it('set-up creates the data file’s folder when it does not exist yet', async () => {
    org = await createTestOrg()
    const file = `${org.dir}/new/folder/casebook.db`
    const backend = createBackend({ dataFile: file, host: 'cli', kdf: TEST_KDF, log: () => {} })
    const result = await backend.call('s', 'setup.create', {
      organisationName: 'Acme Trust',
      councils: [],
      admin: { username: 'acme', displayName: 'Acme Admin', password: PASSWORD },
      secondFactorRoles: [],
    })
    expect(result.ok).toBe(true)
    expect(fileDigest(file)).not.toBe('absent')
    await backend.close()
  })

  it('a damaged keyring gets a clear message naming it', async () => {
    org = await createTestOrg()
    await org.call('admin', 'auth.signOut', {})
    writeFileSync(
      `${org.dataFile}.keyring`,
      readFileSync(`${org.dataFile}.keyring`, 'utf8').slice(0, 50),
    )
    const result = await org.raw('x', 'auth.signIn', {
      username: ADMIN.username,
      password: PASSWORD,
    })
    expect(!result.ok && result.error.code).toBe('DB.KEYRING_INVALID')
    expect(!result.ok && result.error.message).toContain('casebook.db.keyring')
  })
})
