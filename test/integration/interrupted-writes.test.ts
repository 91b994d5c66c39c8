import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { rotateDataKey } from '../../src/main/db/key-rotation'
import { keyringPathFor } from '../../src/main/db/keyring'
import { truncateTail } from '../tamper/audit-tamper'
import { ADMIN, createTestOrg, PASSWORD, type TestOrg } from '../helpers/temp-data'

/**
 * What a process killed part-way through a write leaves behind, found by the crash harness
 * (test/crash, docs/reliability.md): the next start must clear it, and a change whose audit event
 * cannot be written must not be stored.
 */
let org: TestOrg
afterEach(async () => org?.cleanup())

/** The pid of a process that has run and exited: no process with it is running now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!
}

describe('a write interrupted by a kill', () => {
  it('leaves no temporary copy of the keyring, anchor or lock files once the file is opened again', async () => {
    org = await createTestOrg()
    await org.backend.close()
    const gone = deadPid()
    const abandoned = [
      `casebook.db.keyring.tmp-${gone}-0a1b2c3d`,
      `casebook.db.keyring.next.tmp-${gone}-1a1b2c3d`,
      `casebook.db.anchor.tmp-${gone}-2a1b2c3d`,
      `casebook.db.attempts.tmp-${gone}-3a1b2c3d`,
      'casebook.db.keyring.lock.0123456789abcdef',
    ]
    for (const name of abandoned) {
      const holder = { pid: gone, host: hostname(), at: new Date().toISOString(), token: 'x' }
      writeFileSync(join(org.dir, name), JSON.stringify(holder))
    }
    // Being written now by a process still running (this one): left alone.
    const inFlight = `casebook.db.anchor.tmp-${process.pid}-4a1b2c3d`
    // Not beside this data file.
    const unrelated = `notes.txt.tmp-${gone}-5a1b2c3d`
    for (const name of [inFlight, unrelated]) writeFileSync(join(org.dir, name), 'x')

    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })

    expect(abandoned.filter((name) => existsSync(join(org.dir, name)))).toEqual([])
    expect(existsSync(join(org.dir, inFlight))).toBe(true)
    expect(existsSync(join(org.dir, unrelated))).toBe(true)
  })

  it('a seed whose audit event cannot be written stores nothing, not even its logins', async () => {
    org = await createTestOrg()
    await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Dee', legalFamilyName: 'Tester' },
    })
    const { sqlite } = org.backend.core.store!
    const count = (table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    const before = { people: count('clients'), users: count('users') }
    // A log cut short refuses every change (ADR 0013): the seed's own event cannot be appended.
    truncateTail(sqlite, 1, true)

    const seeded = await org.raw('admin', 'seed.run', { clients: 5, notesPerPerson: 1 })

    expect(seeded).toMatchObject({ ok: false, error: { code: 'AUDIT.BROKEN' } })
    expect({ people: count('clients'), users: count('users') }).toEqual(before)
  })

  it('a key rotation stopped after re-keying, before its audit event, is recorded when sign-in finishes it', async () => {
    org = await createTestOrg()
    const keyringPath = keyringPathFor(org.dataFile)
    const old = readFileSync(keyringPath)
    // As a process killed just after the rekey leaves it: the file re-keyed, nothing on the audit
    // log, and the new keyring still beside the old one.
    await rotateDataKey(org.backend.core.store!, async () => {})
    await org.backend.close()
    renameSync(keyringPath, `${keyringPath}.next`)
    writeFileSync(keyringPath, old)

    await org.call('admin', 'auth.signIn', { username: ADMIN.username, password: PASSWORD })

    expect(existsSync(`${keyringPath}.next`)).toBe(false)
    const events = await org.call('admin', 'audit.list', { limit: 20 })
    expect(events.filter((e) => e.action === 'db.rotateKey').map((e) => e.summary)).toEqual([
      'A key rotation stopped after re-encrypting the file; finished at sign-in',
    ])
    expect((await org.call('admin', 'audit.verify', {})).isIntact).toBe(true)
  })

  it('a key rotation keeps the file’s salt, so a rekey stopped part-way rolls back with the old key', async () => {
    org = await createTestOrg()
    const salt = () => readFileSync(org.dataFile).subarray(0, 16).toString('hex')
    const before = salt()
    await org.call('admin', 'db.rotateKey', { password: PASSWORD })
    // A new salt on page 1 beside a hot journal sealed with the old one opens with neither key
    // (test/crash/rekey-crash.test.ts kills real rotations part-way).
    expect(salt()).toBe(before)
  })
})
