import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/main/cli/cli-program'
import { TEST_KDF } from '../../src/main/db/key-derivation'
import { ADMIN, createTestOrg, PASSWORD, type TestOrg } from '../helpers/temp-data'

/**
 * Records written before the contract refused control characters may still hold them: the CLI must
 * print them as visible escapes, keep every table row on one line, and keep `--json` a faithful JSON
 * document without raw direction marks.
 */
let org: TestOrg
const refs: Record<string, string> = {}

const ESC_NAME = 'Ann\u001b[31m'
const SPLIT_NAME = 'Bob\nC-999999  Mallory Fake'
const RLO_SURNAME = 'Smith\u202Egnp.exe'

beforeAll(async () => {
  org = await createTestOrg()
  for (const [key, given, family] of [
    ['esc', 'Ann', 'Bloggs'],
    ['split', 'Bob', 'Jones'],
    ['rlo', 'Cat', 'Smith'],
  ] as const) {
    const person = await org.call('admin', 'people.create', {
      fields: { legalGivenName: given, legalFamilyName: family },
    })
    refs[key] = person.summary.ref
  }
  await org.call('admin', 'circle.add', {
    ref: refs.rlo!,
    member: { name: 'Dee', kind: 'family' },
  })
  // As SQLCipher tools (or an older Casebook) could have written them, past the contract.
  const sqlite = org.backend.core.store!.sqlite
  const setName = sqlite.prepare(
    'UPDATE clients SET legal_given_name = ?, legal_family_name = ? WHERE ref = ?',
  )
  setName.run(ESC_NAME, 'Bloggs', refs.esc)
  setName.run(SPLIT_NAME, 'Jones', refs.split)
  setName.run('Cat', RLO_SURNAME, refs.rlo)
  sqlite.prepare('UPDATE circle_members SET name = ?').run('Dee\u0007\u001b]0;owned\u0007')
  await org.backend.close()
})
afterAll(() => org.cleanup())

async function cli(...args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli([...args, '--db', org.dataFile, '--user', ADMIN.username], {
    env: { CASEBOOK_PASSWORD: PASSWORD },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isInteractive: false,
    backendOptions: { kdf: TEST_KDF },
  })
  return { code, stdout, stderr }
}

/** Anything a terminal would act on or hide: C0 but the line feed, DEL, C1, direction marks. */
// eslint-disable-next-line no-control-regex -- looking for control characters
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069]/

describe('the CLI prints stored control characters safely', () => {
  it('people list escapes an ESC sequence and keeps each person on one row', async () => {
    const list = await cli('people', 'list')
    expect(list.code, list.stderr).toBe(0)
    expect(list.stdout).not.toMatch(RAW)
    expect(list.stdout).toContain('Ann\\x1b[31m Bloggs')
    expect(list.stdout).toContain('Cat Smith\\u{202E}gnp.exe')
    const lines = list.stdout.trimEnd().split('\n')
    // Heading, rule, and one row per person: the newline in Bob's name did not make a fake row.
    expect(lines).toHaveLength(2 + 3)
    const bob = lines.find((l) => l.startsWith(refs.split!))
    expect(bob).toContain('Bob\\nC-999999  Mallory Fake Jones')
    expect(lines.filter((l) => l.startsWith('C-999999'))).toEqual([])
  })

  it('people show escapes a right-to-left override and a terminal title sequence', async () => {
    const show = await cli('people', 'show', refs.rlo!)
    expect(show.code, show.stderr).toBe(0)
    expect(show.stdout).not.toMatch(RAW)
    expect(show.stdout).toContain('Cat Smith\\u{202E}gnp.exe')
    expect(show.stdout).toContain('Circle of support: Dee\\x07\\x1b]0;owned\\x07')
  })

  it('people show keeps a stored line break from splitting its lines', async () => {
    const show = await cli('people', 'show', refs.split!)
    expect(show.stdout.split('\n')[0]).toBe(`Bob\\nC-999999  Mallory Fake Jones (${refs.split})`)
  })

  it('--json gives the stored values back exactly, with direction marks escaped as \\u', async () => {
    const list = await cli('people', 'list', '--json')
    expect(list.stdout).not.toMatch(RAW)
    expect(list.stdout).toContain('Smith\\u202egnp.exe')
    const names = (JSON.parse(list.stdout) as { legalName: string }[]).map((p) => p.legalName)
    expect(names.sort()).toEqual(
      [`${ESC_NAME} Bloggs`, `${SPLIT_NAME} Jones`, `Cat ${RLO_SURNAME}`].sort(),
    )
  })

  it('escapes what was typed when quoting it in an error', async () => {
    const refused = await cli('people', 'import', 'missing\u001b[2J.csv')
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/There is no file at .*missing\\x1b\[2J\.csv\./)
    expect(refused.stderr).not.toMatch(RAW)
  })
})
