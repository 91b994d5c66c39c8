import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

describe('the smaller messages of issue 9', () => {
  it('a notes search of emoji alone says notes are searched by their words', async () => {
    org = await createTestOrg()
    for (const text of ['🙂', '🙂🙂', '!!', '❤️']) {
      const r = await org.raw('admin', 'notes.search', { text })
      expect(!r.ok && r.error.details?.issues, text).toEqual([
        {
          path: 'text',
          message:
            'Notes are searched by their words, so emoji and punctuation on their own find nothing: type a word from the note.',
        },
      ])
    }
    const one = await org.raw('admin', 'notes.search', { text: 'a🙂' })
    expect(!one.ok && one.error.message).toBe('text: Type at least two letters or numbers.')
    expect(await org.call('admin', 'notes.search', { text: 'ab' })).toEqual([])
  })

  it('the audit log names a changed setting by its label, not its field name', async () => {
    org = await createTestOrg()
    await org.call('admin', 'settings.update', { backupFolder: null, lockAfterMinutes: 15 })
    const [event] = await org.call('admin', 'audit.list', { limit: 1 })
    expect(event).toMatchObject({
      action: 'settings.update',
      summary: 'Changed: Lock after this many minutes without use, Backup folder',
    })
  })

  it('a length limit is written with a thousands comma', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Ivy', legalFamilyName: 'Crabtree' },
    })
    const r = await org.raw('admin', 'notes.add', {
      ref: summary.ref,
      kind: 'visit',
      occurredAt: '2026-01-05T10:00:00Z',
      subject: '',
      body: 'a'.repeat(50_001),
    })
    expect(!r.ok && r.error.details?.issues).toEqual([
      { path: 'body', message: 'Note must be at most 50,000 characters.' },
    ])
    const path = await org.raw('admin', 'backup.verify', { file: `/${'x'.repeat(1001)}` })
    expect(!path.ok && path.error.message).toMatch(/must be at most 1,000 characters\.$/)
  })

  it('a duplicate NHS number names the record that has it, by reference and name', async () => {
    org = await createTestOrg()
    const fields = {
      legalGivenName: 'Albert',
      legalFamilyName: 'Sutcliffe',
      nhsNumber: '943 476 5919',
    }
    const first = await org.call('admin', 'people.create', { fields })
    const adviser = await org.signInAs('adviser')
    const again = await org.raw(adviser, 'people.create', {
      fields: { ...fields, legalGivenName: 'Bert' },
    })
    expect(!again.ok && again.error).toMatchObject({
      code: 'CLIENTS.DUPLICATE',
      message: `That NHS number already belongs to ${first.summary.ref}, Albert Sutcliffe. Open that record, or check the number.`,
      details: { field: 'fields.nhsNumber', ref: first.summary.ref },
    })
  })

  it('a birth before 1900 or an emoji in a legal name is asked about, then saved as typed', async () => {
    org = await createTestOrg()
    const fields = { legalGivenName: 'Ada', legalFamilyName: 'Lovelace', dateOfBirth: '1815-12-10' }
    const asked = await org.raw('admin', 'people.create', { fields })
    expect(!asked.ok && asked.error).toMatchObject({
      code: 'CLIENTS.UNUSUAL_DETAILS',
      message:
        'The date of birth, 10/12/1815, is before 1900: check the year. Save anyway if it is right.',
      details: { unusual: [{ path: 'fields.dateOfBirth' }] },
    })
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
    const saved = await org.call('admin', 'people.create', {
      fields,
      areUnusualDetailsConfirmed: true,
    })
    expect(saved.fields.dateOfBirth).toBe('1815-12-10')

    const renamed = { ...saved.fields, legalGivenName: 'Ada 🌟', dateOfBirth: '1915-12-10' }
    const update = { ref: saved.summary.ref, version: saved.version, fields: renamed }
    const again = await org.raw('admin', 'people.update', update)
    expect(!again.ok && again.error.code).toBe('CLIENTS.UNUSUAL_DETAILS')
    expect(!again.ok && again.error.message).toMatch(/^The first name has an emoji in it/)
    const changed = await org.call('admin', 'people.update', {
      ...update,
      areUnusualDetailsConfirmed: true,
    })
    expect(changed.fields.legalGivenName).toBe('Ada 🌟')
  })
})
