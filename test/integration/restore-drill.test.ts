import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runRestoreDrill } from '../../src/main/backup/restore-drill'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'
import { truncateTail } from '../tamper/audit-tamper'

let org: TestOrg | undefined
afterEach(async () => {
  await org?.cleanup()
  org = undefined
})

describe('a restore drill (Admin → Backups → Test a restore)', () => {
  it('restores the newest backup to a scratch copy, checks it, compares it and records that it passed', async () => {
    org = await createTestOrg()
    for (const name of ['Ann', 'Bo']) {
      await org.call('admin', 'people.create', {
        fields: { legalGivenName: name, legalFamilyName: 'Drill' },
      })
    }
    await org.call('admin', 'backup.create', { file: join(org.dir, 'first.cbk') })
    await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Cy', legalFamilyName: 'Drill' },
    })
    await org.call('admin', 'backup.create', { file: join(org.dir, 'newest.cbk') })
    const report = await org.call('admin', 'backup.testRestore', {})
    expect(report.result).toBe('passed')
    expect(report.backupPath).toBe(join(org.dir, 'newest.cbk'))
    expect(report.detail).toMatch(/restored, opened and checked: \d+ tables, 3 people/)
    expect(report.tables.find((t) => t.name === 'clients')).toEqual({
      name: 'clients',
      inBackup: 3,
      now: 3,
    })

    const status = await org.call('admin', 'backup.status', {})
    expect(status.lastDrill).toMatchObject({ result: 'passed', backupPath: report.backupPath })
    expect(status.lastPassedDrill?.at).toBe(status.lastDrill?.at)
    const events = await org.call('admin', 'audit.list', { limit: 3 })
    expect(events[0]).toMatchObject({
      action: 'backup.testRestore',
      summary: 'Restore drill passed',
    })
  })

  it('fails, saying why, for a damaged backup and for one the live log no longer agrees with', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    const bytes = readFileSync(file)
    const at = bytes.length - 200
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at)
    writeFileSync(join(org.dir, 'damaged.cbk'), bytes)
    const damaged = await org.call('admin', 'backup.testRestore', {
      file: join(org.dir, 'damaged.cbk'),
    })
    expect(damaged).toMatchObject({ result: 'failed', detail: expect.stringMatching(/altered/) })

    // The live log is cut short below the backup's newest event: the drill says the logs disagree.
    truncateTail(org.backend.core.store!.sqlite, 3, true)
    const disagree = await org.raw('admin', 'backup.testRestore', { file })
    // Recording the drill is itself refused on a broken log, so the drill's answer is AUDIT.BROKEN.
    expect(disagree).toMatchObject({ ok: false, error: { code: 'AUDIT.BROKEN' } })
    const status = await org.call('admin', 'backup.status', {})
    expect(status.lastDrill).toMatchObject({ result: 'failed' })
    expect(status.lastPassedDrill).toBeNull()
  })

  it('leaves no scratch copy behind, passed or failed', async () => {
    org = await createTestOrg()
    const file = join(org.dir, 'b.cbk')
    await org.call('admin', 'backup.create', { file })
    const scratch = mkdtempSync(join(tmpdir(), 'drill-'))
    const stages: string[] = []
    const seen: string[][] = []
    const report = await runRestoreDrill(
      org.backend.core.store!,
      file,
      async (stage) => {
        stages.push(stage)
        seen.push(readdirSync(scratch))
      },
      scratch,
    )
    expect(report.result).toBe('passed')
    // The copy existed while it was checked, and is gone now.
    expect(seen.at(-1)).toEqual([expect.stringMatching(/^\.casebook-scratch-/)])
    expect(readdirSync(scratch)).toEqual([])
    expect(stages).toEqual([
      'reading the backup',
      'restoring it to a scratch copy',
      'opening the copy and checking it',
      'comparing it with the data file',
    ])
    rmSync(scratch, { recursive: true })
  })

  it('with no backup yet, says to make one', async () => {
    org = await createTestOrg()
    const report = await org.call('admin', 'backup.testRestore', {})
    expect(report).toMatchObject({
      result: 'failed',
      detail: 'There is no backup to test yet. Make one first.',
    })
  })
})
