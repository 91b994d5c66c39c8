import { afterEach, describe, expect, it } from 'vitest'
import { canChangeStatus, type PersonStatusCode } from '../../src/main/people/person-rules'
import { AREAS, FEMALE_NAMES, MALE_NAMES, PREFERRED_NAMES } from '../../src/main/seed/seed-data'
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

  it('keeps each person consistent with themselves and with the organisation’s area', async () => {
    org = await createTestOrg()
    await org.call('admin', 'seed.run', { clients: 200, notesPerPerson: 1, seed: 5 })
    const { sqlite } = org.backend.core.store!
    const people = sqlite
      .prepare(
        `SELECT c.ref, c.legal_given_name AS given, c.gender, c.town, c.postcode, c.status,
                k.ons_code AS ons
         FROM clients c LEFT JOIN councils k ON k.id = c.council_id`,
      )
      .all() as {
      ref: string
      given: string
      gender: string
      town: string
      postcode: string
      status: string
      ons: string
    }[]
    const female = new Set<string>(FEMALE_NAMES)
    const male = new Set<string>(MALE_NAMES)
    for (const p of people) {
      // The test organisation works with Kirklees: its people live in Kirklees towns and districts.
      const town = AREAS[p.ons]?.find((t) => t.town === p.town)
      expect(town, `${p.ref} lives in ${p.town}`).toBeDefined()
      expect(town!.outward, `${p.ref} ${p.postcode}`).toContain(p.postcode.split(' ')[0])
      if (p.gender === 'female') expect(female.has(p.given), `${p.ref} ${p.given}`).toBe(true)
      if (p.gender === 'male') expect(male.has(p.given), `${p.ref} ${p.given}`).toBe(true)
    }
    // A wife is a woman, a son a man.
    const carers = sqlite
      .prepare(`SELECT name, relationship FROM circle_members WHERE relationship IS NOT NULL`)
      .all() as { name: string; relationship: string }[]
    expect(carers.length).toBeGreaterThan(100)
    for (const c of carers) {
      const given = c.name.split(' ')[0]!
      const names = ['Mother', 'Daughter', 'Sister', 'Wife'].includes(c.relationship)
        ? female
        : male
      expect(names.has(given), `${c.relationship} ${c.name}`).toBe(true)
    }
    // Nobody still at referral or enquiry has a plan in force (active, replaced or ended).
    const inForce = sqlite
      .prepare(
        `SELECT c.ref, c.status, p.status AS plan FROM support_plans p JOIN clients c ON c.id = p.client_id
         WHERE c.status IN ('referral', 'enquiry') AND p.status IN ('active', 'superseded', 'ended')`,
      )
      .all()
    expect(inForce).toEqual([])
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

  it('tells each person’s story in order, as staff would have recorded it through the app', async () => {
    org = await createTestOrg()
    const started = new Date().toISOString()
    await org.call('admin', 'seed.run', { clients: 150, notesPerPerson: 4, seed: 3 })
    const { sqlite } = org.backend.core.store!
    const people = sqlite
      .prepare(
        `SELECT c.id, c.status, c.status_since, c.closed_reason, c.created_at, r.received_on,
           (SELECT min(occurred_at) FROM case_notes n WHERE n.client_id = c.id) AS first_note,
           (SELECT max(occurred_at) FROM case_notes n WHERE n.client_id = c.id) AS last_note
         FROM clients c JOIN referrals r ON r.client_id = c.id`,
      )
      .all() as {
      id: number
      status: PersonStatusCode
      status_since: string
      closed_reason: string | null
      created_at: string
      received_on: string
      first_note: string
      last_note: string
    }[]
    const historyOf = sqlite.prepare(
      'SELECT status, changed_on FROM client_status_history WHERE client_id = ? ORDER BY id',
    )
    expect(people).toHaveLength(150)
    expect(new Set(people.map((p) => p.status))).toEqual(
      new Set(['enquiry', 'referral', 'active', 'closed']),
    )
    for (const p of people) {
      // Recorded on the day the referral came in, in the past, and noted about only since then.
      const createdOn = p.created_at.slice(0, 10)
      expect(p.created_at < started, p.created_at).toBe(true)
      expect(p.received_on).toBe(createdOn)
      expect(p.first_note.slice(0, 10) >= createdOn, p.first_note).toBe(true)
      expect(p.last_note < started, p.last_note).toBe(true)
      // The history starts as people are added (never closed) and moves only as the app allows.
      const history = historyOf.all(p.id) as { status: PersonStatusCode; changed_on: string }[]
      expect(['enquiry', 'referral']).toContain(history[0]!.status)
      expect(history[0]!.changed_on).toBe(createdOn)
      for (const [i, h] of history.entries()) {
        if (i === 0) continue
        expect(canChangeStatus(history[i - 1]!.status, h.status)).toBe(true)
        expect(h.changed_on > history[i - 1]!.changed_on).toBe(true)
      }
      expect(history.at(-1)).toEqual({ status: p.status, changed_on: p.status_since })
      if (p.status === 'closed') {
        expect(p.closed_reason).toBe('Moved out of area')
        expect(p.last_note.slice(0, 10) <= p.status_since, p.last_note).toBe(true)
      }
    }
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
