import { existsSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { removeLeftovers } from '../../src/main/backup'
import { createBackup } from '../../src/main/backup/backup-service'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg | undefined
afterEach(async () => {
  await org?.cleanup()
  org = undefined
})

describe('a backup’s name', () => {
  it('is only taken once the bundle has been verified (ADR 0005)', async () => {
    org = await createTestOrg()
    const out = join(org.dir, 'named.cbk')
    const seen: Record<string, string[]> = {}
    await createBackup(org.backend.core.store!, out, 'manual', new Date(), async (stage) => {
      seen[stage] = readdirSync(org!.dir).filter((f) => f.startsWith('named.cbk'))
    })
    // While the bundle is written and read back, only a temporary name exists.
    expect(seen['verifying bundle']).toEqual([
      expect.stringMatching(/^named\.cbk\.[0-9a-f]{8}\.partial$/),
    ])
    expect(readdirSync(org.dir).filter((f) => f.startsWith('named.cbk'))).toEqual(['named.cbk'])
  })

  it('is never taken by a bundle that fails its check, and nothing is left behind', async () => {
    org = await createTestOrg()
    const out = join(org.dir, 'broken.cbk')
    const stop = createBackup(org.backend.core.store!, out, 'manual', new Date(), async (stage) => {
      if (stage === 'verifying bundle') throw new Error('power cut while checking')
    })
    await expect(stop).rejects.toThrow('power cut')
    expect(existsSync(out)).toBe(false)
    expect(
      readdirSync(org.dir).filter((f) => f.includes('partial') || f.includes('scratch')),
    ).toEqual([])
  })

  it('scratch copies and unverified bundles a killed run left are removed on the next start', async () => {
    org = await createTestOrg()
    const old = new Date(Date.now() - 2 * 3600_000)
    const leftovers = [
      '.casebook-scratch-0a1b2c3d4e5f.db',
      'casebook-backup-x-manual.cbk.1234abcd.partial',
    ]
    for (const name of [...leftovers, 'casebook-backup-y-daily.cbk', 'notes.txt']) {
      writeFileSync(join(org.dir, name), 'x')
      utimesSync(join(org.dir, name), old, old)
    }
    // One made a minute ago may belong to a backup running in another window: it stays.
    writeFileSync(join(org.dir, '.casebook-scratch-ffffffffffff.db'), 'x')
    const removed = removeLeftovers(org.dir, new Date())
    expect(removed.map((p) => p.slice(org!.dir.length + 1)).sort()).toEqual([...leftovers].sort())
    expect(existsSync(join(org.dir, 'casebook-backup-y-daily.cbk'))).toBe(true)
    expect(existsSync(join(org.dir, 'notes.txt'))).toBe(true)
    expect(existsSync(join(org.dir, '.casebook-scratch-ffffffffffff.db'))).toBe(true)
  })
})
