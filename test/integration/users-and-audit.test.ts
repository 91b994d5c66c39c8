import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ADMIN, createTestOrg, NEW_PASSWORD, PASSWORD, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('user administration', () => {
  it('adds, disables and re-enables a user; a disabled user cannot sign in', async () => {
    org = await createTestOrg()
    await org.signInAs('adviser', 'amy')
    const disabled = await org.call('admin', 'users.disable', { username: 'amy' })
    expect(disabled.isDisabled).toBe(true)
    // Their running session ended, and they cannot start another.
    expect((await org.raw('amy', 'settings.get', {})).ok).toBe(false)
    const refused = await org.raw('amy', 'auth.signIn', { username: 'amy', password: NEW_PASSWORD })
    expect(!refused.ok && refused.error.code).toBe('AUTH.USER_DISABLED')
    const enabled = await org.call('admin', 'users.enable', {
      username: 'amy',
      password: 'brand new first password 9',
    })
    expect(enabled).toMatchObject({ isDisabled: false, mustChangePassword: true })
    await org.call('amy', 'auth.signIn', {
      username: 'amy',
      password: 'brand new first password 9',
    })
  })

  it('will not disable or demote the last administrator', async () => {
    org = await createTestOrg()
    const r1 = await org.raw('admin', 'users.disable', { username: ADMIN.username })
    expect(!r1.ok && r1.error.code).toBe('USERS.LAST_ADMIN')
    const r2 = await org.raw('admin', 'users.setRole', { username: ADMIN.username, role: 'viewer' })
    expect(!r2.ok && r2.error.code).toBe('USERS.LAST_ADMIN')
  })

  it('refuses a duplicate username and a weak password, saving nothing', async () => {
    org = await createTestOrg()
    const dup = await org.raw('admin', 'users.add', {
      username: ADMIN.username,
      displayName: 'X',
      role: 'viewer',
      password: PASSWORD,
    })
    expect(!dup.ok && dup.error.code).toBe('USERS.EXISTS')
    const weak = await org.raw('admin', 'users.add', {
      username: 'bob',
      displayName: 'Bob Smith',
      role: 'viewer',
      password: 'bobsmith123',
    })
    expect(!weak.ok && weak.error.code).toBe('AUTH.WEAK_PASSWORD')
    expect((await org.call('admin', 'users.list', {})).map((u) => u.username)).toEqual([
      ADMIN.username,
    ])
  })

  it('a reset password must be changed and the old one stops working', async () => {
    org = await createTestOrg()
    await org.signInAs('finance', 'fay')
    await org.call('admin', 'users.resetPassword', {
      username: 'fay',
      password: 'temporary pass phrase 77',
    })
    const old = await org.raw('fay', 'auth.signIn', { username: 'fay', password: NEW_PASSWORD })
    expect(!old.ok && old.error.code).toBe('AUTH.WRONG_PASSWORD')
    const state = await org.call('fay', 'auth.signIn', {
      username: 'fay',
      password: 'temporary pass phrase 77',
    })
    expect(state.mustChangePassword).toBe(true)
  })

  it('a role change takes effect at once', async () => {
    org = await createTestOrg()
    await org.signInAs('viewer', 'vic')
    await org.call('admin', 'users.setRole', { username: 'vic', role: 'admin' })
    await org.call('vic', 'auth.signIn', { username: 'vic', password: NEW_PASSWORD })
    expect((await org.call('vic', 'users.list', {})).length).toBe(2)
  })
})

describe('the audit log', () => {
  it('records every write with its actor, and verifies intact', async () => {
    org = await createTestOrg()
    await org.call('admin', 'settings.update', { lockAfterMinutes: 15 })
    await org.call('admin', 'users.add', {
      username: 'ben',
      displayName: 'Ben',
      role: 'viewer',
      password: PASSWORD,
    })
    const events = await org.call('admin', 'audit.list', {})
    expect(events.slice(0, 2).map((e) => [e.action, e.actor])).toEqual([
      ['users.add', ADMIN.username],
      ['settings.update', ADMIN.username],
    ])
    expect(await org.call('admin', 'audit.verify', {})).toMatchObject({
      isIntact: true,
      firstBroken: null,
    })
  })

  it('writes an audited record view and its chain head together, or neither', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Tariq', legalFamilyName: 'Hussain' },
    })
    const { sqlite } = org.backend.core.store!
    const count = () => sqlite.prepare('SELECT count(*) FROM audit_events').pluck().get()
    const before = count()
    // The second of the two writes (the head) fails: the first must not stay behind.
    sqlite.exec(`CREATE TEMP TRIGGER head_fails BEFORE INSERT ON casebook_meta
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const opened = await org.raw('admin', 'people.get', { ref: summary.ref })
    expect(opened.ok).toBe(false)
    expect(count()).toBe(before)
    sqlite.exec('DROP TRIGGER head_fails')
    await org.call('admin', 'people.get', { ref: summary.ref })
    expect(count()).toBe(Number(before) + 1)
    expect(await org.call('admin', 'audit.verify', {})).toMatchObject({ isIntact: true })
  })

  it('refuses edits and deletes, and names the first broken link when someone forces one', async () => {
    org = await createTestOrg()
    await org.call('admin', 'users.add', {
      username: 'ben',
      displayName: 'Ben',
      role: 'viewer',
      password: PASSWORD,
    })
    const { sqlite } = org.backend.core.store!
    expect(() =>
      sqlite.prepare(`UPDATE audit_events SET summary = 'x' WHERE id = 2`).run(),
    ).toThrow(/append-only/)
    expect(() => sqlite.prepare(`DELETE FROM audit_events WHERE id = 2`).run()).toThrow(
      /append-only/,
    )
    // Someone with the key drops the guard and edits event 2.
    sqlite.exec('DROP TRIGGER audit_events_no_update')
    sqlite.prepare(`UPDATE audit_events SET actor = 'someone-else' WHERE id = 2`).run()
    const result = await org.call('admin', 'audit.verify', {})
    expect(result.isIntact).toBe(false)
    expect(result.firstBroken).toEqual({
      id: 2,
      reason: 'event 2 was changed after it was written',
    })
  })

  it('a write that fails part-way leaves no half change and no audit event', async () => {
    org = await createTestOrg()
    const before = (await org.call('admin', 'audit.list', {})).length
    // The keyring cannot be replaced (a folder is in the way): the user row must roll back with it.
    const keyring = `${org.dataFile}.keyring`
    const saved = readFileSync(keyring)
    rmSync(keyring)
    mkdirSync(join(keyring, 'blocker'), { recursive: true })
    const r = await org.raw('admin', 'users.add', {
      username: 'ben',
      displayName: 'Ben',
      role: 'viewer',
      password: PASSWORD,
    })
    expect(r.ok).toBe(false)
    rmSync(keyring, { recursive: true })
    writeFileSync(keyring, saved)
    expect((await org.call('admin', 'users.list', {})).map((u) => u.username)).toEqual([
      ADMIN.username,
    ])
    expect((await org.call('admin', 'audit.list', {})).length).toBe(before)
  })
})

describe('one audit event per action', () => {
  it('jobs that write their own event get no second, generic one', async () => {
    org = await createTestOrg()
    await org.signInAs('adviser', 'ada')
    await org.call('ada', 'auth.lock', {})
    await org.call('ada', 'auth.unlock', { password: 'purple elephants dance quietly 7' })
    await org.call('admin', 'backup.create', { file: `${org.dir}/one.cbk` })
    const events = await org.call('admin', 'audit.list', {})
    const count = (action: string) => events.filter((e) => e.action === action).length
    expect(count('auth.changePassword')).toBe(1)
    expect(count('auth.lock')).toBe(1)
    expect(count('auth.unlock')).toBe(1)
    expect(count('backup.create')).toBe(1)
  })
})

describe('paging through the audit log', () => {
  it('pages back with beforeId', async () => {
    org = await createTestOrg()
    for (const minutes of [11, 12, 13])
      await org.call('admin', 'settings.update', { lockAfterMinutes: minutes })
    const newest = await org.call('admin', 'audit.list', { limit: 2 })
    const older = await org.call('admin', 'audit.list', { limit: 2, beforeId: newest[1]!.id })
    expect(older.every((e) => e.id < newest[1]!.id)).toBe(true)
    expect(older[0]!.id).toBe(newest[1]!.id - 1)
  })
})
