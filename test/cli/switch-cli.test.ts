import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli'
import { tempFolder } from '../helpers/temp-data'

const PASSWORD = 'correct horse battery staple 42'
const folder = tempFolder('casebook-cli-switch-')
afterAll(() => folder.cleanup())

function cli(args: string[]) {
  return runCli(args, { CASEBOOK_PASSWORD: PASSWORD }, folder.dir)
}

describe('casebook db switch-to', () => {
  it('puts a restored file in place of the data file, keeping the old one under a dated name', async () => {
    const db = join(folder.dir, 'casebook.db')
    const init = await cli([
      'init',
      '--two-step-for',
      'none',
      '--db',
      db,
      '--org',
      'Before',
      '--admin',
      'sam',
    ])
    expect(init.code, init.stderr).toBe(0)
    const backup = join(folder.dir, 'b.cbk')
    expect((await cli(['backup', 'create', backup, '--db', db])).code).toBe(0)
    const restored = join(folder.dir, 'restored.db')
    expect((await cli(['backup', 'restore', backup, '--to', restored])).code).toBe(0)

    const switched = await cli(['db', 'switch-to', restored, '--db', db, '--json'])
    expect(switched.code, switched.stderr).toBe(0)
    const result = JSON.parse(switched.stdout) as { dataFile: string; keptAs: string }
    expect(result.dataFile).toBe(db)
    const keptName = result.keptAs.split('/').pop()!
    expect(readdirSync(folder.dir).filter((n) => n.includes('before-restore'))).toEqual(
      expect.arrayContaining([keptName, `${keptName}.keyring`, `${keptName}.anchor`]),
    )
    expect(keptName).toMatch(/^casebook-before-restore-\d{4}-\d\d-\d\dT\d{4}\.db$/)
    expect(existsSync(result.keptAs) && existsSync(`${result.keptAs}.keyring`)).toBe(true)
    expect(existsSync(restored)).toBe(false)
    const events = await cli(['audit', 'list', '--db', db, '--json'])
    expect(events.stdout).toContain('Switched to this restored file')
    const kept = await cli(['audit', 'list', '--db', result.keptAs, '--json'])
    expect(kept.stdout).toContain('Switching to the restored file')
  }, 120_000)
})
