import { afterEach, describe, expect, it } from 'vitest'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import {
  type Keyring,
  readKeyring,
  unwrapDataKey,
  userLookup,
  wrapDataKey,
  writeKeyring,
} from '../../src/main/db/keyring'
import { ADMIN, createTestOrg, NEW_PASSWORD, PASSWORD, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

const THIRD_PASSWORD = 'violet harbour lantern mist 93'

async function addUser(username: string) {
  await org.call('admin', 'users.add', {
    username,
    displayName: `Test ${username}`,
    role: 'adviser',
    password: PASSWORD,
  })
}

/**
 * Leaves the keyring as processes stopped part-way would: each kind of difference the check names.
 * (The writes themselves no longer leave these behind; a kill between the keyring and the COMMIT can.)
 */
async function disagree(): Promise<void> {
  for (const name of ['amy', 'bob', 'cat']) await addUser(name)
  const withBob = readKeyring(org.dataFile)
  await org.call('admin', 'users.disable', { username: 'bob' })
  const keyring = readKeyring(org.dataFile)
  const lookup = (name: string) => userLookup(keyring.databaseId, name)
  const dataKey = org.backend.core.store!.dataKey
  const bobWrap = withBob.wraps.find((w) => w.lookup === lookup('bob'))!
  const ghost = await wrapDataKey(keyring, dataKey, PASSWORD, 'user', lookup('ghost'), TEST_KDF)
  const newAmy = await wrapDataKey(
    keyring,
    dataKey,
    THIRD_PASSWORD,
    'user',
    lookup('amy'),
    TEST_KDF,
  )
  const broken: Keyring = {
    ...keyring,
    wraps: [
      ...keyring.wraps.filter(
        (w) => w.kind !== 'recovery' && w.lookup !== lookup('cat') && w.lookup !== lookup('amy'),
      ),
      bobWrap,
      ghost,
      newAmy,
    ],
    disabledLookups: [],
  }
  writeKeyring(org.dataFile, broken)
}

describe('the keyring agrees with the users table', () => {
  it('db.check names every difference, and says when there are none', async () => {
    org = await createTestOrg()
    expect((await org.call('admin', 'db.check', {})).keyring).toEqual({
      agrees: true,
      problems: [],
    })
    await disagree()
    const { keyring } = await org.call('admin', 'db.check', {})
    expect(keyring.agrees).toBe(false)
    expect(keyring.problems.map((p) => [p.kind, p.username]).sort()).toEqual(
      [
        ['recovery-wrap-missing', null],
        ['wrap-without-user', null],
        ['disabled-user-has-wrap', 'bob'],
        ['user-without-wrap', 'cat'],
        ['wrap-not-recorded', 'amy'],
      ].sort(),
    )
    expect(keyring.problems.find((p) => p.kind === 'disabled-user-has-wrap')?.message).toBe(
      'bob is disabled, but their password still opens the data file.',
    )
  })

  it('repair removes keys of missing and disabled logins, keeps a newer key, names who needs a reset, and issues a new recovery key', async () => {
    org = await createTestOrg()
    await disagree()
    const repair = await org.call('admin', 'db.repairKeyring', {})
    expect(repair).toMatchObject({
      removedKeys: 2,
      recorded: ['amy'],
      needPasswordReset: ['cat'],
    })
    expect(repair.found).toHaveLength(5)
    expect(repair.newRecoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    // Only a password reset can give Cat a key again.
    const after = (await org.call('admin', 'db.check', {})).keyring
    expect(after.problems.map((p) => [p.kind, p.username])).toEqual([['user-without-wrap', 'cat']])

    // Bob's password no longer opens the data file at all.
    const keyring = readKeyring(org.dataFile)
    for (const wrap of keyring.wraps.filter((w) => w.kind === 'user')) {
      const opened = await unwrapDataKey(keyring, wrap, PASSWORD)
      expect(opened === null || wrap.lookup !== userLookup(keyring.databaseId, 'bob')).toBe(true)
    }
    const bob = await org.raw('b', 'auth.signIn', { username: 'bob', password: PASSWORD })
    expect(!bob.ok && bob.error.code).toBe('AUTH.USER_DISABLED')
    const amy = await org.call('a', 'auth.signIn', { username: 'amy', password: THIRD_PASSWORD })
    expect(amy.mustChangePassword).toBe(true)
    const cat = await org.raw('c', 'auth.signIn', { username: 'cat', password: PASSWORD })
    expect(!cat.ok && cat.error.code).toBe('AUTH.WRONG_PASSWORD')
    await org.call('admin', 'users.resetPassword', { username: 'cat', password: NEW_PASSWORD })
    expect(
      (await org.raw('c', 'auth.signIn', { username: 'cat', password: NEW_PASSWORD })).ok,
    ).toBe(true)
    expect((await org.call('admin', 'db.check', {})).keyring).toEqual({
      agrees: true,
      problems: [],
    })
    const recovered = await org.call('r', 'auth.recover', {
      recoveryKey: repair.newRecoveryKey!,
      username: ADMIN.username,
      newPassword: NEW_PASSWORD,
    })
    expect(recovered.username).toBe(ADMIN.username)
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: NEW_PASSWORD })

    const events = await org.call('admin', 'audit.list', {})
    const audited = events.find((e) => e.action === 'db.repairKeyring')
    expect(audited?.summary).toMatch(/Removed 2 keys.*amy.*password reset needed for cat.*recovery/)
    expect((await org.call('admin', 'audit.verify', {})).isIntact).toBe(true)
  })

  it('is for administrators only', async () => {
    org = await createTestOrg()
    const adviser = await org.signInAs('adviser')
    const r = await org.raw(adviser, 'db.repairKeyring', {})
    expect(!r.ok && r.error.code).toBe('AUTH.FORBIDDEN')
  })
})
