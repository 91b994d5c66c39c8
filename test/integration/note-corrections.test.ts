import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

const NOW = new Date('2026-12-06T10:00:00Z')

async function orgWithPerson() {
  org = await createTestOrg({ now: () => NOW })
  const { summary } = await org.call('admin', 'people.create', {
    fields: { legalGivenName: 'Winifred', legalFamilyName: 'Ashworth', dateOfBirth: '1950-01-02' },
  })
  return summary.ref
}

const visit = {
  kind: 'visit' as const,
  occurredAt: '2026-12-01T10:00:00Z',
  durationMinutes: 30,
  subject: 'Home visit',
  body: 'Talked about the marmalade stall at the market.',
}

describe('a note’s date', () => {
  it('is refused in the future, on its field, and nothing is saved', async () => {
    const ref = await orgWithPerson()
    const r = await org.raw('admin', 'notes.add', {
      ref,
      ...visit,
      occurredAt: '2027-12-31T10:00:00Z',
    })
    expect(!r.ok && r.error.code).toBe('INPUT.INVALID')
    expect(!r.ok && r.error.message).toMatch(/dated 31\/12\/2027.*in the future/)
    expect(!r.ok && r.error.details?.issues).toEqual([
      { path: 'occurredAt', message: !r.ok && r.error.message },
    ])
    expect((await org.call('admin', 'notes.list', { ref })).total).toBe(0)
    // A time typed a few minutes ahead of the clock is now, not the future.
    await org.call('admin', 'notes.add', { ref, ...visit, occurredAt: '2026-12-06T10:05:00Z' })
    const fixed = await org.raw('admin', 'notes.correct', {
      noteId: (await org.call('admin', 'notes.list', { ref })).notes[0]!.id,
      ...visit,
      occurredAt: '2027-01-01T10:00:00Z',
      reason: 'Wrong year',
    })
    expect(!fixed.ok && fixed.error.code).toBe('INPUT.INVALID')
  })
})

describe('correcting a note', () => {
  it('keeps the earlier text with who corrected it, when and why; lists and finds the current text', async () => {
    const ref = await orgWithPerson()
    const adviser = await org.signInAs('adviser', 'ada')
    const first = await org.call(adviser, 'notes.add', {
      ref,
      ...visit,
      occurredAt: '2026-11-01T10:00:00Z',
    })
    await org.call(adviser, 'notes.add', { ref, ...visit, subject: 'Later visit' })
    const corrected = await org.call('admin', 'notes.correct', {
      noteId: first.id,
      ...visit,
      occurredAt: '2026-12-02T09:00:00Z',
      subject: 'Home visit (corrected)',
      body: 'Talked about the chutney stall at the market.',
      reason: 'Wrong stall and date: checked with Winifred.',
    })
    expect(corrected).toMatchObject({
      id: first.id,
      subject: 'Home visit (corrected)',
      body: 'Talked about the chutney stall at the market.',
      occurredAt: '2026-12-02T09:00:00.000Z',
      author: { name: 'Quentin Marchbanks' },
      correctionReason: 'Wrong stall and date: checked with Winifred.',
      earlier: [
        {
          id: first.id,
          body: visit.body,
          occurredAt: '2026-11-01T10:00:00.000Z',
          author: { id: first.author.id },
          correctedBy: { name: 'Quentin Marchbanks' },
          correctedAt: NOW.toISOString(),
          reason: 'Wrong stall and date: checked with Winifred.',
        },
      ],
      addenda: [],
    })
    // One entry per note, ordered by the corrected date (it moved above the later visit).
    const list = await org.call(adviser, 'notes.list', { ref })
    expect(list.total).toBe(2)
    expect(list.notes.map((n) => n.subject)).toEqual(['Home visit (corrected)', 'Later visit'])
    // Search finds what the note says now, not what it said before.
    expect(await org.call(adviser, 'notes.search', { text: 'chutney' })).toMatchObject([
      { noteId: first.id, subject: 'Home visit (corrected)' },
    ])
    expect(await org.call(adviser, 'notes.search', { text: 'marmalade' })).toMatchObject([
      { subject: 'Later visit' },
    ])
    // Correcting again (naming any of its texts) keeps both earlier texts, newest first.
    const again = await org.call(adviser, 'notes.correct', {
      noteId: corrected.id,
      ...visit,
      body: 'Talked about the jam stall.',
      reason: 'It was jam.',
    })
    expect(again.earlier.map((e) => [e.body, e.correctedBy.name, e.reason])).toEqual([
      ['Talked about the chutney stall at the market.', 'Test adviser 1', 'It was jam.'],
      [visit.body, 'Quentin Marchbanks', 'Wrong stall and date: checked with Winifred.'],
    ])
    expect(await org.call(adviser, 'notes.search', { text: 'chutney' })).toEqual([])
    const events = await org.call('admin', 'audit.list', { limit: 3 })
    expect(events.slice(0, 2).map((e) => [e.action, e.actor, e.entityId, e.summary])).toEqual([
      ['notes.correct', 'ada', String(first.id), `Corrected note ${first.id} on ${ref}`],
      ['notes.correct', 'quentin.admin', String(first.id), `Corrected note ${first.id} on ${ref}`],
    ])
  })

  it('adds an addendum without changing the note, audited and found by search', async () => {
    const ref = await orgWithPerson()
    const first = await org.call('admin', 'notes.add', { ref, ...visit })
    const added = await org.call('admin', 'notes.addTo', {
      noteId: first.id,
      body: 'Winifred rang later: the stall opens on Saturdays.',
    })
    expect(added).toMatchObject({
      body: visit.body,
      correctionReason: null,
      earlier: [],
      addenda: [
        {
          body: 'Winifred rang later: the stall opens on Saturdays.',
          createdAt: NOW.toISOString(),
        },
      ],
    })
    expect((await org.call('admin', 'notes.list', { ref })).total).toBe(1)
    expect(await org.call('admin', 'notes.search', { text: 'saturdays' })).toMatchObject([
      { noteId: first.id },
    ])
    const [event] = await org.call('admin', 'audit.list', { limit: 1 })
    expect(event).toMatchObject({
      action: 'notes.addTo',
      summary: `Addendum to note ${first.id} on ${ref}`,
    })
  })

  it('keeps a restricted note restricted, and refuses to amend a note the user may not read', async () => {
    const ref = await orgWithPerson()
    const author = await org.signInAs('adviser', 'author')
    const other = await org.signInAs('adviser', 'other')
    const coordinator = await org.signInAs('coordinator')
    const secret = await org.call(author, 'notes.add', {
      ref,
      ...visit,
      body: 'Disclosed a worry about the lodger and the pension.',
      isRestricted: true,
    })
    const corrected = await org.call(coordinator, 'notes.correct', {
      noteId: secret.id,
      ...visit,
      body: 'Disclosed a worry about the lodger and the bank card.',
      reason: 'It was the bank card.',
    })
    await org.call(coordinator, 'notes.addTo', { noteId: secret.id, body: 'Lodger moved out.' })
    expect(corrected.isRestricted).toBe(true)
    // The author still reads it (with the coordinator's changes); another adviser does not.
    const seen = await org.call(author, 'notes.list', { ref })
    expect(seen.notes[0]).toMatchObject({ body: corrected.body, isRestricted: true })
    expect(seen.notes[0]?.addenda).toHaveLength(1)
    expect(await org.call(author, 'notes.search', { text: 'lodger' })).toHaveLength(2)
    expect((await org.call(other, 'notes.list', { ref })).total).toBe(0)
    expect(await org.call(other, 'notes.search', { text: 'lodger' })).toEqual([])
    for (const attempt of [
      org.raw(other, 'notes.correct', { noteId: secret.id, ...visit, reason: 'Mine now' }),
      org.raw(other, 'notes.addTo', { noteId: secret.id, body: 'Peeking.' }),
    ]) {
      const r = await attempt
      expect(!r.ok && r.error).toMatchObject({
        code: 'RECORD.NOT_FOUND',
        message: `There is no note number ${secret.id} that you may read.`,
      })
    }
    const viewer = await org.signInAs('viewer')
    const r = await org.raw(viewer, 'notes.addTo', { noteId: secret.id, body: 'No.' })
    expect(!r.ok && r.error.code).toBe('AUTH.FORBIDDEN')
  })

  it('cannot be done by editing the text in place, even by a writer outside the notes area', async () => {
    const ref = await orgWithPerson()
    const note = await org.call('admin', 'notes.add', { ref, ...visit })
    const { sqlite } = org.backend.core.store!
    expect(() =>
      sqlite.prepare(`UPDATE case_notes SET body = 'rewritten' WHERE id = ?`).run(note.id),
    ).toThrow(/never edited/)
    expect((await org.call('admin', 'notes.list', { ref })).notes[0]?.body).toBe(visit.body)
  })
})
