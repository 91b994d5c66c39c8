import { afterEach, describe, expect, it } from 'vitest'
import { insertNotes, type NewNote } from '../../src/main/notes'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('writing many notes at once (demonstration data)', () => {
  it('writes the rows one note at a time would, searchable and restricted the same way', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Hamid', legalFamilyName: 'Quayle' },
    })
    const author = await org.signInAs('adviser', 'author')
    const other = await org.signInAs('adviser', 'other')
    const fields = {
      kind: 'visit',
      occurredAt: '2026-11-20T10:00:00.000Z',
      durationMinutes: 45,
      subject: 'Visit',
      body: 'Talked about the rota.',
      isRestricted: true,
    } as const
    const one = await org.call(author, 'notes.add', { ref: summary.ref, ...fields })
    const { sqlite, db } = org.backend.core.store!
    const rowOf = sqlite.prepare('SELECT * FROM case_notes WHERE id = ?')
    const { id: _id, ...written } = rowOf.get(one.id) as Record<string, unknown>
    // More than one statement's worth, the last word only in the very last note.
    const count = 1203
    const same: NewNote = {
      ...fields,
      personId: summary.id,
      authorId: one.author.id,
      at: one.createdAt,
    }
    const notes = Array.from({ length: count }, (_, i) =>
      i === count - 1 ? { ...same, isRestricted: false, body: 'Mentioned the quokka.' } : same,
    )
    expect(await db.transaction().execute((trx) => insertNotes(trx, notes))).toBe(count)
    const bulk = sqlite.prepare('SELECT * FROM case_notes WHERE id > ? ORDER BY id').all(one.id)
    expect(bulk).toHaveLength(count)
    const { id: _first, ...firstBulk } = bulk[0] as Record<string, unknown>
    expect(firstBulk).toEqual(written)
    expect((await org.call(author, 'notes.list', { ref: summary.ref })).total).toBe(count + 1)
    expect((await org.call(other, 'notes.list', { ref: summary.ref })).total).toBe(1)
    const hits = await org.call(other, 'notes.search', { text: 'quokka' })
    expect(hits.map((h) => h.noteId)).toEqual([(bulk.at(-1) as { id: number }).id])
  })

  it('writes nothing when the caller’s transaction fails part-way', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Hamid', legalFamilyName: 'Quayle' },
    })
    const { sqlite, db } = org.backend.core.store!
    const note: NewNote = {
      personId: summary.id,
      authorId: 1,
      kind: 'phone',
      occurredAt: '2026-11-20T10:00:00.000Z',
      durationMinutes: null,
      subject: 'Call',
      body: 'Rang about the rota.',
      isRestricted: false,
      at: '2026-11-20T10:05:00.000Z',
    }
    // The last note names a person who does not exist: its statement fails on the foreign key.
    const notes = [...Array.from({ length: 700 }, () => note), { ...note, personId: 999_999 }]
    await expect(db.transaction().execute((trx) => insertNotes(trx, notes))).rejects.toThrow()
    expect(sqlite.prepare('SELECT count(*) FROM case_notes').pluck().get()).toBe(0)
  })
})
