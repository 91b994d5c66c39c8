import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempFolder } from '../helpers/temp-data'

const PASSWORD = 'correct horse battery staple 42'
const folder = tempFolder('casebook-cli-people-')
const db = join(folder.dir, 'office.db')
const cli = (args: string[], env: Record<string, string> = {}) =>
  runCli([...args, '--db', db], { CASEBOOK_PASSWORD: PASSWORD, ...env }, folder.dir)

beforeAll(async () => {
  const r = await cli([
    'init',
    '--two-step-for',
    'none',
    '--org',
    'Kirklees Peers',
    '--admin',
    'sam',
    '--council',
    'Kirklees=E08000034',
  ])
  expect(r.code, r.stderr).toBe(0)
})
afterAll(() => folder.cleanup())

describe('people and plans on the command line', () => {
  it('previews an import with each row’s problems, imports nothing until --commit, then all', async () => {
    const file = join(folder.dir, 'people.csv')
    writeFileSync(
      file,
      [
        'First name,Surname,Date of birth,NHS number,Postcode',
        'Ann,Bloggs,14/03/1948,943 476 5919,HD1 2AB',
        'Bob,Jones,31/02/1950,,',
        'Cat,Smith,1990-01-01,,',
      ].join('\n'),
    )
    const preview = await cli(['clients', 'import', file])
    expect(preview.code, preview.stderr).toBe(0)
    expect(preview.stdout).toMatch(/3 rows: 2 ready, 1 with problems/)
    expect(preview.stdout).toMatch(/Row 3: Date of birth: "31\/02\/1950" is not a real date/)
    expect(preview.stdout).toMatch(/Nothing imported/)
    const refused = await cli(['clients', 'import', file, '--commit'])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/\[IMPORT\.BAD_ROW\]/)
    const listEmpty = await cli(['clients', 'list', '--json'])
    expect(JSON.parse(listEmpty.stdout)).toEqual([])
    const done = await cli(['clients', 'import', file, '--commit', '--exclude', '3', '--json'])
    expect(done.code, done.stderr).toBe(0)
    expect(JSON.parse(done.stdout)).toMatchObject({ imported: 2, excluded: [3] })
  })

  it('lists, searches and shows people', async () => {
    const list = await cli(['clients', 'list', '--status', 'active', '--json'])
    const people = JSON.parse(list.stdout) as { ref: string; displayName: string }[]
    expect(people.map((p) => p.displayName).sort()).toEqual(['Ann Bloggs', 'Cat Smith'])
    const search = await cli(['clients', 'search', 'blog'])
    expect(search.stdout).toMatch(/Ann Bloggs/)
    const ann = people.find((p) => p.displayName === 'Ann Bloggs')!
    const show = await cli(['clients', 'show', ann.ref])
    expect(show.stdout).toMatch(/NHS number\s+9434765919/)
    const missing = await cli(['clients', 'show', 'C-999999'])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no person with the reference C-999999/)
  })

  it('answers to "people" as well as the documented "clients"', async () => {
    const asPeople = await cli(['people', 'list', '--status', 'active', '--json'])
    const asClients = await cli(['clients', 'list', '--status', 'active', '--json'])
    expect(asPeople.code, asPeople.stderr).toBe(0)
    expect(JSON.parse(asPeople.stdout)).toEqual(JSON.parse(asClients.stdout))
    expect((await cli(['people', 'search', 'blog'])).stdout).toMatch(/Ann Bloggs/)
  })

  it('creates an active budget-only plan, shows it and exports it as PDF', async () => {
    const people = JSON.parse((await cli(['clients', 'list', '--json'])).stdout) as {
      ref: string
    }[]
    const ref = people[0]!.ref
    const args = [
      '--contribution',
      '35.50',
      '--basis',
      'gross',
      '--frequency',
      '4-weekly',
      '--timing',
      'advance',
      '--form',
      'dp-managed',
      '--start',
      '2026-12-01',
    ]
    const created = await cli([
      'plans',
      'create',
      ref,
      '--weekly-gross',
      '420.00',
      ...args,
      '--json',
    ])
    expect(created.code, created.stderr).toBe(0)
    expect(JSON.parse(created.stdout)).toMatchObject({
      status: 'active',
      totals: { weeklyNetCouncilPence: 38450 },
    })
    const bad = await cli(['plans', 'create', ref, '--weekly-gross', '4x0', ...args])
    expect(bad.code).toBe(2)
    const show = await cli(['plans', 'show', ref])
    expect(show.stdout).toMatch(/Weekly budget\s+£420\.00/)
    const out = join(folder.dir, 'plan.pdf')
    expect((await cli(['plans', 'export-pdf', ref, out])).code).toBe(0)
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-')
    expect((await cli(['plans', 'export-pdf', ref, out])).code).toBe(1)
  })

  it('seeds a demonstration organisation', async () => {
    const r = await cli(['seed', '--clients', '40', '--notes-per-client', '3', '--json'])
    expect(r.code, r.stderr).toBe(0)
    expect(JSON.parse(r.stdout)).toMatchObject({ clients: 40, notes: 120, users: 6 })
    const verify = await cli(['audit', 'verify'])
    expect(verify.stdout).toMatch(/intact/)
  })
})
