import { readFileSync, truncateSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { fileDigest, tempFolder } from '../helpers/temp-data'

const PASSWORD = 'correct horse battery staple 42'
const NEW_PASSWORD = 'purple elephants dance quietly 7'

/** Runs the real CLI as a child process, as a script would. */
function cli(args: string[], env: Record<string, string> = {}) {
  return runCli(args, { CASEBOOK_PASSWORD: PASSWORD, ...env }, folder.dir)
}

const folder = tempFolder('casebook-cli-')
const db = () => join(folder.dir, 'office.db')
let recoveryKey = ''

beforeAll(async () => {
  const r = await cli([
    'init',
    '--two-step-for',
    'none',
    '--db',
    db(),
    '--org',
    'Calderdale Peer Support',
    '--admin',
    'sam',
    '--admin-name',
    'Sam Okafor',
    '--council',
    'Calderdale=E08000033',
    '--json',
  ])
  expect(r.code, r.stderr).toBe(0)
  recoveryKey = (JSON.parse(r.stdout) as { recoveryKey: string }).recoveryKey
})
afterAll(() => folder.cleanup())

describe('the casebook CLI', () => {
  it('init prints the recovery key once and refuses an existing file', async () => {
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){7}$/)
    const again = await cli(['init', '--db', db(), '--org', 'X', '--admin', 'sam'])
    expect(again.code).toBe(1)
    expect(again.stderr.trim().split('\n')).toHaveLength(1)
    expect(again.stderr).toMatch(/already exists.*\[SETUP\.ALREADY_DONE\]/)
  })

  it('adds and lists users; --user defaults to the only admin; --json is one document', async () => {
    const add = await cli(
      ['users', 'add', 'jo', '--role', 'adviser', '--name', 'Jo Adviser', '--db', db()],
      { CASEBOOK_NEW_PASSWORD: NEW_PASSWORD },
    )
    expect(add.code, add.stderr).toBe(0)
    expect(add.stdout).toMatch(/Added jo \(adviser\)/)
    const list = await cli(['users', 'list', '--db', db(), '--json'])
    expect(list.code).toBe(0)
    const users = JSON.parse(list.stdout) as { username: string; role: string }[]
    expect(users.map((u) => [u.username, u.role]).sort()).toEqual([
      ['jo', 'adviser'],
      ['sam', 'admin'],
    ])
  })

  it('a wrong password exits 1 with one clear line', async () => {
    const r = await cli(['users', 'list', '--db', db()], { CASEBOOK_PASSWORD: 'not the right one' })
    expect(r.code).toBe(1)
    expect(r.stderr.trim()).toBe(
      'casebook: The username or password is not right. [AUTH.WRONG_PASSWORD]',
    )
  })

  it('usage mistakes exit 2', async () => {
    expect((await cli(['users', 'add', 'kim', '--db', db()])).code).toBe(2) // --role missing
    expect((await cli(['no-such-command'])).code).toBe(2)
    expect((await cli(['users', 'list'])).code).toBe(2) // no --db
    const noPassword = await cli(['users', 'list', '--db', db()], { CASEBOOK_PASSWORD: '' })
    expect(noPassword.code).toBe(2)
    expect(noPassword.stderr).toMatch(/CASEBOOK_PASSWORD/)
  })

  it('a role without the right is refused with its code', async () => {
    const r = await cli(['users', 'list', '--db', db(), '--user', 'jo'], {
      CASEBOOK_PASSWORD: NEW_PASSWORD,
    })
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/PASSWORD_CHANGE_REQUIRED|FORBIDDEN/)
  })

  it('disables and re-enables a user', async () => {
    expect((await cli(['users', 'disable', 'jo', '--db', db()])).code).toBe(0)
    const signIn = await cli(['audit', 'verify', '--db', db(), '--user', 'jo'], {
      CASEBOOK_PASSWORD: NEW_PASSWORD,
    })
    expect(signIn.stderr).toMatch(/AUTH\.USER_DISABLED/)
    expect(
      (
        await cli(['users', 'enable', 'jo', '--db', db()], {
          CASEBOOK_NEW_PASSWORD: 'another long pass phrase 5',
        })
      ).code,
    ).toBe(0)
  })

  it('checks the database and the audit log', async () => {
    const check = await cli(['db', 'check', '--db', db(), '--json'])
    expect(check.code, check.stderr).toBe(0)
    expect(JSON.parse(check.stdout)).toMatchObject({
      cipher: 'sqlcipher',
      integrity: 'ok',
      pendingMigrations: [],
    })
    const verify = await cli(['audit', 'verify', '--db', db()])
    expect(verify.stdout).toMatch(/intact: \d+ events checked/)
    const list = await cli(['audit', 'list', '--db', db(), '--since', '2000-01-01', '--json'])
    const actions = (JSON.parse(list.stdout) as { action: string }[]).map((e) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining(['setup.create', 'users.add', 'users.disable', 'auth.signInFailed']),
    )
  })

  it('creates, verifies and restores a backup; refuses a cut-short one', async () => {
    const file = join(folder.dir, 'office.cbk')
    expect((await cli(['backup', 'create', file, '--db', db()])).code).toBe(0)
    const verify = await cli(['backup', 'verify', file, '--user', 'sam'])
    expect(verify.code, verify.stderr).toBe(0)
    expect(verify.stdout).toMatch(/The backup is good/)
    const to = join(folder.dir, 'restored.db')
    const restore = await cli(['backup', 'restore', file, '--to', to])
    expect(restore.code, restore.stderr).toBe(0)
    expect((await cli(['users', 'list', '--db', to])).stdout).toMatch(/sam/)
    truncateSync(file, readFileSync(file).length - 100)
    const bad = await cli(['backup', 'verify', file])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toMatch(/cut short.*\[BACKUP\.TRUNCATED\]/)
    const badRestore = await cli(['backup', 'restore', file, '--to', join(folder.dir, 'r2.db')])
    expect(badRestore.code).toBe(1)
    expect(fileDigest(join(folder.dir, 'r2.db'))).toBe('absent')
  })

  it('changes a password, and recovers with the recovery key', async () => {
    const change = await cli(['password', 'change', '--db', db()], {
      CASEBOOK_NEW_PASSWORD: NEW_PASSWORD,
    })
    expect(change.code, change.stderr).toBe(0)
    const recover = await cli(['recover', '--recovery-key', recoveryKey, '--db', db()], {
      CASEBOOK_NEW_PASSWORD: PASSWORD,
    })
    expect(recover.code, recover.stderr).toBe(0)
    expect(recover.stdout).toMatch(/New password set for sam/)
    expect((await cli(['users', 'list', '--db', db()])).code).toBe(0)
  })

  it('refuses a file that is not a Casebook database, naming it', async () => {
    const r = await cli(['users', 'list', '--db', join(folder.dir, 'nothing-here.db')])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/nothing-here\.db/)
  })
})
