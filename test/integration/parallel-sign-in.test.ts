import { afterEach, describe, expect, it } from 'vitest'
import { FREE_ATTEMPTS } from '../../src/main/users/sign-in-throttle'
import { ADMIN, createTestOrg, PASSWORD, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('wrong passwords tried in parallel', () => {
  it('get no more than the free attempts between them, and each one that was tried is audited', async () => {
    org = await createTestOrg()
    await org.call('admin', 'users.add', {
      username: 'vic',
      displayName: 'Vic Target',
      role: 'adviser',
      password: PASSWORD,
    })
    const tries = 6
    const results = await Promise.all(
      Array.from({ length: tries }, (_, i) =>
        org.raw(`guess${i}`, 'auth.signIn', { username: 'vic', password: `wrong guess ${i}` }),
      ),
    )
    const codes = results.map((r) => (r.ok ? 'ok' : r.error.code))
    expect(codes.filter((c) => c === 'AUTH.WRONG_PASSWORD')).toHaveLength(FREE_ATTEMPTS)
    expect(codes.filter((c) => c === 'AUTH.TOO_MANY_ATTEMPTS')).toHaveLength(tries - FREE_ATTEMPTS)

    await org.call('admin', 'auth.signOut', {})
    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })
    const events = await org.call('admin', 'audit.list', {})
    expect(
      events.filter((e) => e.action === 'auth.signInFailed' && e.actor === 'vic'),
    ).toHaveLength(FREE_ATTEMPTS)
  })
})
