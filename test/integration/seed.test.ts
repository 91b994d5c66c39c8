import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('demonstration data', () => {
  it('makes people, notes and plans in every status, and can run again on the same file', async () => {
    org = await createTestOrg()
    const first = await org.call('admin', 'seed.run', { clients: 150, notesPerClient: 2, seed: 7 })
    expect(first).toMatchObject({ clients: 150, notes: 300, users: 6 })
    const second = await org.call('admin', 'seed.run', { clients: 150, notesPerClient: 1, seed: 7 })
    expect(second).toMatchObject({ clients: 150, users: 0 })
    const { sqlite } = org.backend.core.store!
    const statuses = (
      sqlite.prepare('SELECT DISTINCT status FROM support_plans ORDER BY status').all() as {
        status: string
      }[]
    ).map((r) => r.status)
    expect(statuses).toEqual([
      'active',
      'approved',
      'approved-with-conditions',
      'declined',
      'deferred',
      'draft',
      'ended',
      'funding-panel',
      'submitted',
      'superseded',
    ])
    expect((await org.call('admin', 'audit.verify', {})).isIntact).toBe(true)
  })

  it('a broad note search comes back newest first; a specific one best match first', async () => {
    org = await createTestOrg()
    await org.call('admin', 'seed.run', { clients: 120, notesPerClient: 25 })
    const broad = await org.call('admin', 'notes.search', { text: 'the', limit: 50 })
    expect(broad).toHaveLength(50)
    const ids = broad.map((h) => h.noteId)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    const specific = await org.call('admin', 'notes.search', { text: 'boiler landlord', limit: 50 })
    expect(specific.length).toBeGreaterThan(0)
    expect(specific.every((h) => /\[boiler\]|\[landlord\]/i.test(h.snippet))).toBe(true)
  })

  it('a cancelled seed leaves no people behind', async () => {
    org = await createTestOrg()
    const running = org.backend.call(
      'admin',
      'seed.run',
      { clients: 2000, notesPerClient: 5 },
      { callId: 'seed' },
    )
    setTimeout(() => org.backend.cancel('seed'), 50)
    const result = await running
    expect(!result.ok && result.error.code).toBe('JOB.CANCELLED')
    expect((await org.call('admin', 'clients.list', {})).total).toBe(0)
  })
})
