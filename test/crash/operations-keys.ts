import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { ADMIN, NEW_PASSWORD, PASSWORD } from '../helpers/temp-data'
import { auditActionsSince, lastAuditId, type OpenFile, signInCode } from './crash-file'
import { aroundEach, type CrashOperation, lost, reported, unaudited } from './crash-operation'
import type { Finding } from './crash-types'

/**
 * The operations that change who holds the data key, or copy or re-encrypt the file: logins added,
 * disabled and their passwords changed (the keyring is written just before COMMIT, ADR 0011), a
 * backup (VACUUM INTO, then a verified bundle renamed into place) and a key rotation (the rekey).
 */

const LOGINS_PER_TRIAL = 3
const admin = (state: { passwords: Map<string, string> }) => ({
  username: ADMIN.username,
  password: state.passwords.get(ADMIN.username)!,
})

async function userRow(file: OpenFile, username: string) {
  return file.db
    .selectFrom('users')
    .select(['username', 'is_disabled'])
    .where('username', '=', username)
    .executeTakeFirst()
}

const usersAdd: CrashOperation = {
  name: 'users.add',
  typicalMs: 150,
  targets: [
    { probe: 'argon2', nth: 1, when: 'within' },
    { probe: 'argon2', nth: 2, when: 'within' },
    ...aroundEach('rename:keyring', LOGINS_PER_TRIAL),
    ...aroundEach('commit', 2),
    { probe: 'link:lock', nth: 1, when: 'after' },
  ],
  async prepare(_file, state) {
    const n = state.counter++
    const usernames = Array.from({ length: LOGINS_PER_TRIAL }, (_, i) => `crash.add.${n}.${i}`)
    return {
      signIn: admin(state),
      params: { usernames, password: PASSWORD },
      async verify(after, steps) {
        const found: Finding[] = []
        const done = new Set(reported(steps, 'users.add').map((s) => String(s.username)))
        for (const username of usernames) {
          const row = await userRow(after, username)
          if (!row) {
            if (done.has(username))
              found.push(lost(`${username} answered added, but is not stored`))
            continue
          }
          state.passwords.set(username, PASSWORD)
          const code = await signInCode(after, username, PASSWORD)
          if (code !== 'ok') found.push(lost(`${username} is stored but cannot sign in (${code})`))
        }
        return found
      },
    }
  },
}

const usersDisable: CrashOperation = {
  name: 'users.disable',
  typicalMs: 120,
  targets: [...aroundEach('rename:keyring', LOGINS_PER_TRIAL), ...aroundEach('commit', 2)],
  async prepare(file, state) {
    const n = state.counter++
    const usernames = Array.from({ length: LOGINS_PER_TRIAL }, (_, i) => `crash.dis.${n}.${i}`)
    for (const username of usernames) {
      await file.call('users.add', {
        username,
        displayName: `Crash ${username}`,
        role: 'adviser',
        password: PASSWORD,
      })
      state.passwords.set(username, PASSWORD)
    }
    return {
      signIn: admin(state),
      params: { usernames },
      async verify(after, steps) {
        const found: Finding[] = []
        const done = new Set(reported(steps, 'users.disable').map((s) => String(s.username)))
        for (const username of usernames) {
          const row = await userRow(after, username)
          const code = await signInCode(after, username, PASSWORD)
          if (row?.is_disabled === 1) {
            state.passwords.delete(username)
            state.disabled.add(username)
            if (code !== 'AUTH.USER_DISABLED') {
              found.push(lost(`${username} is disabled, but signing in gave ${code}`))
            }
          } else if (done.has(username)) {
            found.push(lost(`${username} answered disabled, but is not`))
          } else if (code !== 'ok') {
            found.push(lost(`${username} was never disabled, but cannot sign in (${code})`))
          }
        }
        return found
      },
    }
  },
}

const changePassword: CrashOperation = {
  name: 'auth.changePassword',
  typicalMs: 60,
  targets: [
    { probe: 'argon2', nth: 1, when: 'within' },
    { probe: 'argon2', nth: 2, when: 'within' },
    ...aroundEach('rename:attempts', 1),
    ...aroundEach('rename:keyring', 1),
    ...aroundEach('commit', 1),
    ...aroundEach('rename:anchor', 1),
  ],
  async prepare(file, state) {
    const username = `crash.pwd.${state.counter++}`
    await file.call('users.add', {
      username,
      displayName: `Crash ${username}`,
      role: 'adviser',
      password: PASSWORD,
    })
    state.passwords.set(username, PASSWORD)
    return {
      // The first sign-in of a login whose password was set by an administrator: change it now.
      signIn: { username, password: PASSWORD },
      params: { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
      async verify(after, steps) {
        const found: Finding[] = []
        const changed = await signInCode(after, username, NEW_PASSWORD)
        if (changed === 'ok') {
          state.passwords.set(username, NEW_PASSWORD)
          const old = await signInCode(after, username, PASSWORD)
          if (old !== 'AUTH.WRONG_PASSWORD') {
            found.push({
              kind: 'keyring',
              message: `${username}: the old password still gives ${old}`,
            })
          }
        } else if (reported(steps, 'auth.changePassword').length) {
          found.push(lost(`${username} answered the change, but the new password gives ${changed}`))
        } else {
          const old = await signInCode(after, username, PASSWORD)
          if (old !== 'ok') {
            found.push(lost(`${username}: neither password signs in (new ${changed}, old ${old})`))
          }
        }
        return found
      },
    }
  },
}

const backupCreate: CrashOperation = {
  name: 'backup.create',
  typicalMs: 400,
  targets: [
    { probe: 'vacuum', nth: 1, when: 'within' },
    { probe: 'vacuum', nth: 1, when: 'within' },
    ...aroundEach('vacuum', 1),
    ...aroundEach('rename:backup', 1),
    ...aroundEach('commit', 1),
    ...aroundEach('rename:anchor', 1),
  ],
  async prepare(file, state) {
    const target = join(state.backups, `crash-${state.counter++}.cbk`)
    const auditFrom = await lastAuditId(file.db)
    return {
      signIn: admin(state),
      params: { file: target },
      async verify(after, steps) {
        const found: Finding[] = []
        const recorded = await after.db
          .selectFrom('backups')
          .select('id')
          .where('path', '=', target)
          .executeTakeFirst()
        if (!existsSync(target)) {
          if (reported(steps, 'backup.create').length) {
            found.push(lost(`backup ${target} answered made, but there is no such file`))
          }
          if (recorded) found.push(lost(`backup ${target} is recorded, but there is no such file`))
          return found
        }
        const checked = await after.raw('admin', 'backup.verify', {
          file: target,
          username: ADMIN.username,
          password: state.passwords.get(ADMIN.username),
        })
        if (!checked.ok) {
          found.push({
            kind: 'corrupt',
            message: `backup ${target} is under its final name but does not verify: ${checked.error.code} ${checked.error.message}`,
          })
        }
        if (reported(steps, 'backup.create').length && !recorded) {
          found.push(lost(`backup ${target} answered made, but is not recorded`))
        }
        if (!recorded) {
          // Renamed into place once verified, then recorded in a transaction of its own: a kill
          // between the two leaves a good backup the app does not list (docs/reliability.md).
          found.push({
            kind: 'unrecorded',
            message: `backup ${target} was made (and verifies) but is not recorded`,
          })
        } else if (!(await auditActionsSince(after.db, auditFrom)).includes('backup.create')) {
          found.push(unaudited(`backup ${target} is recorded with no backup.create event`))
        }
        return found
      },
    }
  },
}

const rotateKey: CrashOperation = {
  name: 'db.rotateKey',
  typicalMs: 250,
  sweepsLogins: true,
  targets: [
    { probe: 'argon2', nth: 1, when: 'within' },
    { probe: 'checkpoint', nth: 1, when: 'after' },
    { probe: 'journal-mode', nth: 1, when: 'after' },
    { probe: 'rekey', nth: 1, when: 'within' },
    { probe: 'rekey', nth: 1, when: 'within' },
    ...aroundEach('rekey', 1),
    ...aroundEach('rename:keyring.next', 1),
    ...aroundEach('rename:keyring', 1),
    ...aroundEach('commit', 1),
    ...aroundEach('rename:anchor', 1),
  ],
  async prepare(file, state) {
    const keyBefore = Buffer.from(file.backend.core.store!.dataKey)
    const auditFrom = await lastAuditId(file.db)
    return {
      signIn: admin(state),
      params: { password: state.passwords.get(ADMIN.username) },
      async verify(after, steps) {
        const found: Finding[] = []
        const isRotated = !after.backend.core.store!.dataKey.equals(keyBefore)
        if (!isRotated && reported(steps, 'db.rotateKey').length) {
          found.push(lost('the key rotation answered done, but the file opens with the old key'))
        }
        if (isRotated && !(await auditActionsSince(after.db, auditFrom)).includes('db.rotateKey')) {
          found.push(unaudited('the data key was rotated with no db.rotateKey event'))
        }
        return found
      },
    }
  },
}

export const KEY_OPERATIONS = [usersAdd, usersDisable, changePassword, backupCreate, rotateKey]
