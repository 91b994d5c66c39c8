import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { ADMIN, createTestOrg, PASSWORD, type TestOrg } from '../helpers/temp-data'
import { truncateTail } from './audit-tamper'

/** `audit verify` on the command line: a broken log exits 1 with AUDIT.BROKEN, naming what broke. */
let org: TestOrg
let anchor = ''
const cli = (...args: string[]) =>
  runCli(
    [...args, '--db', org.dataFile, '--user', ADMIN.username],
    { CASEBOOK_PASSWORD: PASSWORD },
    org.dir,
  )

beforeAll(async () => {
  org = await createTestOrg()
  await org.call('admin', 'people.create', {
    fields: { legalGivenName: 'Ida', legalFamilyName: 'Tester' },
  })
  await org.call('admin', 'backup.create', { file: join(org.dir, 'before.cbk') })
  await org.backend.close()
})
afterAll(() => org.cleanup())

describe('audit verify on the command line', () => {
  it('prints an anchor to keep, and checks against it and against a backup', async () => {
    const printed = await cli('audit', 'anchor')
    expect(printed.code, printed.stderr).toBe(0)
    anchor = printed.stdout.split('\n')[0]!
    expect(anchor).toMatch(/^\d+:[0-9a-f]{64}$/)
    const ok = await cli(
      'audit',
      'verify',
      '--anchor',
      anchor,
      '--backup',
      join(org.dir, 'before.cbk'),
    )
    expect(ok.code, ok.stderr).toBe(0)
    expect(ok.stdout).toMatch(/intact: \d+ events checked, and it holds every event of the backup/)
    const [id] = anchor.split(':')
    const wrong = await cli('audit', 'verify', '--anchor', `${id}:${'0'.repeat(64)}`)
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/the log was rewritten.*\[AUDIT\.BROKEN\]/)
    const typo = await cli('audit', 'verify', '--anchor', 'twelve')
    expect(typo.code).toBe(2)
  })

  it('exits 1 with AUDIT.BROKEN for a log cut short, until the break is accepted on the record', async () => {
    const before = (await cli('audit', 'anchor')).stdout.split('\n')[0]!
    const reopened = await createBackendOn(org)
    truncateTail(reopened.store.sqlite, 3, true)
    await reopened.close()
    const broken = await cli('audit', 'verify')
    expect(broken.code).toBe(1)
    expect(broken.stdout).toMatch(/not intact/)
    expect(broken.stderr).toMatch(/removed from the end of the log.*\[AUDIT\.BROKEN\]/)
    const accept = await cli(
      'audit',
      'accept-break',
      '--reason',
      'Found after a disk repair; trustees told',
    )
    expect(accept.code, accept.stderr).toBe(0)
    expect((await cli('audit', 'verify')).code).toBe(0)
    // An anchor printed before the break names an event the log no longer has.
    const old = await cli('audit', 'verify', '--anchor', before)
    expect(old.code).toBe(1)
  })
})

/** Opens the data file in this process as its administrator, to tamper with it directly. */
async function createBackendOn(test: TestOrg) {
  const { createBackend } = await import('../../src/main/backend/backend')
  const { TEST_KDF } = await import('../../src/main/db/key-derivation')
  const backend = createBackend({
    dataFile: test.dataFile,
    host: 'cli',
    kdf: TEST_KDF,
    log: () => {},
  })
  const signedIn = await backend.call('t', 'auth.signIn', {
    username: ADMIN.username,
    password: PASSWORD,
  })
  if (!signedIn.ok) throw new Error(signedIn.error.message)
  return { store: backend.core.store!, close: () => backend.close() }
}
