import { afterEach, describe, expect, it } from 'vitest'
import { PREFERRED_NAMES } from '../../src/main/seed/seed-data'
import { normalisePostcode } from '../../src/shared/validation/postcode'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('demonstration data', () => {
  it('makes people, notes and plans in every status, and can run again on the same file', async () => {
    org = await createTestOrg()
    const first = await org.call('admin', 'seed.run', { clients: 150, notesPerPerson: 2, seed: 7 })
    expect(first).toMatchObject({ clients: 150, notes: 300, users: 6 })
    const second = await org.call('admin', 'seed.run', { clients: 150, notesPerPerson: 1, seed: 7 })
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

  it('keeps to the app’s own rules, so a demonstration shows them truly', async () => {
    org = await createTestOrg()
    await org.call('admin', 'seed.run', { clients: 200, notesPerPerson: 3, seed: 11 })
    const { sqlite } = org.backend.core.store!
    // Every postcode is one the app itself accepts (editing a seeded person must not fail).
    const postcodes = sqlite.prepare('SELECT postcode FROM clients').pluck().all() as string[]
    expect(postcodes.filter((p) => normalisePostcode(p) !== p)).toEqual([])
    // Only advisers and the coordinator write notes (finance and viewers cannot).
    const authors = sqlite
      .prepare('SELECT DISTINCT u.role FROM case_notes n JOIN users u ON u.id = n.author_id')
      .pluck()
      .all()
    expect([...authors].sort()).toEqual(['adviser', 'coordinator'])
    // Subjects end at a word; notes are written in the working day.
    const notes = sqlite.prepare('SELECT subject, body, occurred_at FROM case_notes').all() as {
      subject: string
      body: string
      occurred_at: string
    }[]
    for (const n of notes) {
      expect(n.subject.length).toBeLessThanOrEqual(60)
      if (n.subject.endsWith('…'))
        expect(n.body.startsWith(`${n.subject.slice(0, -1)} `)).toBe(true)
      const hour = new Date(n.occurred_at).getUTCHours()
      expect(hour >= 9 && hour < 17, n.occurred_at).toBe(true)
    }
    // A preferred name is a form of the person's own name, never someone else's.
    const preferred = sqlite
      .prepare(
        'SELECT legal_given_name AS given, preferred_name AS preferred FROM clients WHERE preferred_name IS NOT NULL',
      )
      .all() as { given: string; preferred: string }[]
    expect(preferred.length).toBeGreaterThan(0)
    for (const p of preferred) expect(PREFERRED_NAMES[p.given]).toBe(p.preferred)
  })

  it('a broad note search comes back newest first; a specific one best match first', async () => {
    org = await createTestOrg()
    await org.call('admin', 'seed.run', { clients: 120, notesPerPerson: 25 })
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
      { clients: 2000, notesPerPerson: 5 },
      { callId: 'seed' },
    )
    setTimeout(() => org.backend.cancel('seed'), 50)
    const result = await running
    expect(!result.ok && result.error.code).toBe('JOB.CANCELLED')
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
  })
})
