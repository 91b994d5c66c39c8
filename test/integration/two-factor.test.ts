import { afterEach, describe, expect, it } from 'vitest'
import { currentCodeFor } from '../../src/main/users/second-factor'
import { ADMIN, createTestOrg, NEW_PASSWORD, PASSWORD, type TestOrg } from '../helpers/temp-data'

/** A clock the test moves on, so TOTP steps are exact. */
function testClock(start = Date.parse('2026-12-01T10:00:00Z')) {
  let at = start
  return { now: () => new Date(at), advance: (seconds: number) => (at += seconds * 1000) }
}

let org: TestOrg | undefined
afterEach(async () => {
  await org?.cleanup()
  org = undefined
})

const signIn = (o: TestOrg, connection: string, code?: string, username = ADMIN.username) =>
  o.raw(connection, 'auth.signIn', { username, password: PASSWORD, ...(code ? { code } : {}) })

/** Sets up the admin's authenticator app; returns its secret and the recovery codes. */
async function enrolAdmin(o: TestOrg, now: () => Date) {
  const started = await o.call('admin', 'twoFactor.begin', {})
  const { recoveryCodes } = await o.call('admin', 'twoFactor.confirm', {
    code: currentCodeFor(started.secret, now()),
  })
  return { secret: started.secret, recoveryCodes }
}

describe('two-step sign-in (TOTP)', () => {
  it('is required for administrators by default: nothing but setting it up until it is', async () => {
    const clock = testClock()
    org = await createTestOrg({ now: clock.now, secondFactorRoles: ['admin', 'finance'] })
    const state = await org.call('admin', 'auth.session', {})
    expect(state.mustEnrolSecondFactor).toBe(true)
    const refused = await org.raw('admin', 'people.list', {})
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED' },
    })

    const started = await org.call('admin', 'twoFactor.begin', {})
    expect(started.qrCode).toMatch(/^data:image\/png;base64,/)
    expect(started.uri).toMatch(/^otpauth:\/\/totp\/.*secret=[A-Z2-7]+/)
    expect(started.secret).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/)
    const wrong = await org.raw('admin', 'twoFactor.confirm', { code: '000000' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'AUTH.WRONG_CODE' } })
    const { recoveryCodes } = await org.call('admin', 'twoFactor.confirm', {
      code: currentCodeFor(started.secret, clock.now()),
    })
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)
    expect((await org.call('admin', 'auth.session', {})).mustEnrolSecondFactor).toBe(false)
    expect((await org.raw('admin', 'people.list', {})).ok).toBe(true)
    expect(await org.call('admin', 'twoFactor.status', {})).toEqual({
      isEnrolled: true,
      isRequired: true,
      recoveryCodesLeft: 10,
    })
  })

  it('asks for a code at sign-in, refuses a wrong or reused one, and takes a recovery code once', async () => {
    const clock = testClock()
    org = await createTestOrg({ now: clock.now, secondFactorRoles: ['admin'] })
    const { secret, recoveryCodes } = await enrolAdmin(org, clock.now)
    const usedAtEnrolment = currentCodeFor(secret, clock.now())

    expect(await signIn(org, 'a')).toMatchObject({
      ok: false,
      error: { code: 'AUTH.SECOND_FACTOR_REQUIRED' },
    })
    expect(await signIn(org, 'b', '123456')).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_CODE' },
    })
    // The code shown during enrolment has been used: it is never accepted again.
    expect(await signIn(org, 'c', usedAtEnrolment)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_CODE' },
    })
    clock.advance(30)
    const fresh = await signIn(org, 'd', currentCodeFor(secret, clock.now()))
    expect(fresh).toMatchObject({ ok: true, value: { state: 'active' } })

    const recovery = recoveryCodes[3]!.toLowerCase().replace('-', ' ')
    expect((await signIn(org, 'e', recovery)).ok).toBe(true)
    expect(await signIn(org, 'f', recoveryCodes[3])).toMatchObject({
      ok: false,
      error: { code: 'AUTH.WRONG_CODE' },
    })
    expect((await org.call('admin', 'twoFactor.status', {})).recoveryCodesLeft).toBe(9)

    const events = await org.call('admin', 'audit.list', {})
    const refusals = events.filter((e) => e.summary === 'wrong two-step code')
    expect(refusals).toHaveLength(3)
  })

  it('slows guessing: after three wrong codes the next try must wait', async () => {
    const clock = testClock()
    org = await createTestOrg({ now: clock.now, secondFactorRoles: ['admin'] })
    await enrolAdmin(org, clock.now)
    for (const guess of ['111111', '222222', '333333']) {
      expect(await signIn(org, `g${guess}`, guess)).toMatchObject({
        error: { code: 'AUTH.WRONG_CODE' },
      })
    }
    const fourth = await signIn(org, 'g4', '444444')
    expect(fourth.ok).toBe(false)
    expect(!fourth.ok && fourth.error.message).toMatch(/Wait \d+ seconds|too many/i)
  })

  it('follows the roles chosen in settings, and an administrator can reset a lost phone', async () => {
    const clock = testClock()
    org = await createTestOrg({ now: clock.now })
    const adviser = await org.signInAs('adviser', 'ada')
    expect((await org.call(adviser, 'auth.session', {})).mustEnrolSecondFactor).toBe(false)
    await org.call('admin', 'settings.update', { secondFactorRoles: ['adviser'] })
    const again = await org.call('ada-2', 'auth.signIn', {
      username: 'ada',
      password: NEW_PASSWORD,
    })
    expect(again.mustEnrolSecondFactor).toBe(true)
    const started = await org.call('ada-2', 'twoFactor.begin', {})
    await org.call('ada-2', 'twoFactor.confirm', {
      code: currentCodeFor(started.secret, clock.now()),
    })
    expect(
      await org.raw('ada-3', 'auth.signIn', { username: 'ada', password: NEW_PASSWORD }),
    ).toMatchObject({ ok: false, error: { code: 'AUTH.SECOND_FACTOR_REQUIRED' } })

    await org.call('admin', 'users.resetSecondFactor', { username: 'ada' })
    const afterReset = await org.call('ada-4', 'auth.signIn', {
      username: 'ada',
      password: NEW_PASSWORD,
    })
    expect(afterReset.mustEnrolSecondFactor).toBe(true)
    // Only administrators may reset someone's second factor.
    expect(
      await org.raw('ada-4', 'users.resetSecondFactor', { username: ADMIN.username }),
    ).toMatchObject({
      ok: false,
    })
  })
})

describe('two-step sign-in on the command line', () => {
  it('takes the code from CASEBOOK_TOTP, and says so when it is missing', async () => {
    org = await createTestOrg({ secondFactorRoles: ['admin'] })
    const { secret } = await enrolAdmin(org, () => new Date())
    await org.backend.close()
    const { runCli } = await import('../helpers/run-cli')
    const env = { CASEBOOK_PASSWORD: PASSWORD }
    const args = ['users', 'list', '--db', org.dataFile, '--user', ADMIN.username]
    const missing = await runCli(args, env, org.dir)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(
      /set CASEBOOK_TOTP to the 6-digit code.*\[AUTH\.SECOND_FACTOR_REQUIRED\]/,
    )
    // A code from the next 30-second step: the one used at enrolment may still be current.
    const next = currentCodeFor(secret, new Date(Date.now() + 30_000))
    const ok = await runCli(args, { ...env, CASEBOOK_TOTP: next }, org.dir)
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(new RegExp(ADMIN.username.replace('.', '\\.')))
  })
})
