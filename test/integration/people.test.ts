import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

const person = {
  legalGivenName: 'Margaret',
  legalFamilyName: 'Okafor',
  preferredName: 'Maggie',
  dateOfBirth: '1948-03-14',
  nhsNumber: '943 476 5919',
  postcode: 'hd1 2ab',
  gender: 'female' as const,
  flags: {
    hasSafeguardingConcern: true,
    hasFinancialConcern: false,
    lacksCapacityForFinances: false,
  },
}

describe("a person's record", () => {
  it('is created with a generated reference, normalised NHS number and postcode, and found by quick search', async () => {
    org = await createTestOrg()
    const created = await org.call('admin', 'people.create', {
      fields: person,
      status: 'referral',
    })
    expect(created.summary.ref).toMatch(/^C-\d{6}$/)
    expect(created.fields).toMatchObject({ nhsNumber: '9434765919', postcode: 'HD1 2AB' })
    expect(created.summary.flags.hasSafeguardingConcern).toBe(true)
    expect(created.summary.displayName).toBe('Maggie Okafor')
    for (const text of [
      'marg',
      'maggie oka',
      created.summary.ref,
      created.summary.ref.slice(2),
      '943 476 5919',
      'HD1 2AB',
    ]) {
      const hits = await org.call('admin', 'people.search', { text })
      expect(
        hits.map((h) => h.ref),
        text,
      ).toContain(created.summary.ref)
    }
  })

  it('refuses bad input with a message on the field, saving nothing', async () => {
    org = await createTestOrg()
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ nhsNumber: '943 476 5918' }, 'fields.nhsNumber', /check digit/],
      [{ nhsNumber: '12345' }, 'fields.nhsNumber', /10 digits/],
      [{ postcode: 'NOT A CODE' }, 'fields.postcode', /postcode/i],
      [{ dateOfBirth: '2999-01-01' }, 'fields.dateOfBirth', /future/],
      [{ gender: 'martian' }, 'fields.gender', /.+/],
      [{ legalFamilyName: 'x'.repeat(81) }, 'fields.legalFamilyName', /at most 80/],
    ]
    for (const [change, path, message] of cases) {
      const r = await org.raw('admin', 'people.create', { fields: { ...person, ...change } })
      expect(r.ok, path).toBe(false)
      if (!r.ok) {
        expect(r.error.code).toBe('INPUT.INVALID')
        const issues = r.error.details?.issues as { path: string; message: string }[]
        expect(
          issues.some((i) => i.path === path && message.test(i.message)),
          `${path}: ${JSON.stringify(issues)}`,
        ).toBe(true)
      }
    }
    expect((await org.call('admin', 'people.list', {})).total).toBe(0)
  })

  it('refuses a second person with the same NHS number', async () => {
    org = await createTestOrg()
    const first = await org.call('admin', 'people.create', { fields: person })
    const r = await org.raw('admin', 'people.create', {
      fields: { ...person, legalGivenName: 'Other' },
    })
    expect(!r.ok && r.error.code).toBe('CLIENTS.DUPLICATE')
    expect(!r.ok && r.error.message).toContain(first.summary.ref)
  })

  it('moves through statuses, refuses illegal moves, and reopening keeps history', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', {
      fields: person,
      status: 'enquiry',
    })
    const ref = summary.ref
    await org.call('admin', 'people.setStatus', { ref, status: 'active', on: '2026-01-05' })
    const noReason = await org.raw('admin', 'people.setStatus', {
      ref,
      status: 'closed',
      on: '2026-06-01',
    })
    expect(!noReason.ok && noReason.error.code).toBe('INPUT.INVALID')
    await org.call('admin', 'people.setStatus', {
      ref,
      status: 'closed',
      on: '2026-06-01',
      reason: 'Moved to Leeds',
    })
    const back = await org.raw('admin', 'people.setStatus', {
      ref,
      status: 'enquiry',
      on: '2026-06-02',
    })
    expect(!back.ok && back.error.code).toBe('CLIENTS.ILLEGAL_STATUS')
    const reopened = await org.call('admin', 'people.setStatus', {
      ref,
      status: 'referral',
      on: '2026-09-01',
      reason: 'Moved back',
    })
    expect(reopened.statusHistory.map((h) => h.status)).toEqual([
      'enquiry',
      'active',
      'closed',
      'referral',
    ])
    expect(reopened.statusHistory[2]?.reason).toBe('Moved to Leeds')
  })

  it('detects a concurrent edit', async () => {
    org = await createTestOrg()
    const created = await org.call('admin', 'people.create', { fields: person })
    await org.call('admin', 'people.update', {
      ref: created.summary.ref,
      version: created.version,
      fields: { ...person, town: 'Halifax' },
    })
    const stale = await org.raw('admin', 'people.update', {
      ref: created.summary.ref,
      version: created.version,
      fields: { ...person, town: 'Leeds' },
    })
    expect(!stale.ok && stale.error.code).toBe('RECORD.CONFLICT')
  })

  it('keeps a profile, a circle of support with carers, consents and referrals', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', { fields: person })
    const ref = summary.ref
    await org.call('admin', 'people.saveProfile', {
      ref,
      profile: {
        importantToMe: 'My garden.',
        likeAndAdmire: 'My laugh.',
        howToSupport: 'Slowly.',
        lifeStory: '',
        dailyRoutine: '',
        weeklyRoutine: '',
        notWorking: 'The bus.',
      },
    })
    await org.call('admin', 'circle.add', {
      ref,
      member: {
        name: 'Joseph Okafor',
        kind: 'family',
        relationship: 'Son',
        isUnpaidCarer: true,
        caringHoursPerWeek: 20,
        mayContact: true,
      },
    })
    await org.call('admin', 'circle.add', {
      ref,
      member: {
        name: 'Ruth Price',
        kind: 'professional',
        legalRole: 'appointee',
        mayContact: false,
        mayBeTold: 'Money matters only',
      },
    })
    const tooMany = await org.raw('admin', 'circle.add', {
      ref,
      member: { name: 'X', kind: 'family', isUnpaidCarer: true, caringHoursPerWeek: 200 },
    })
    expect(!tooMany.ok && tooMany.error.code).toBe('INPUT.INVALID')
    await org.call('admin', 'consents.add', {
      ref,
      consent: {
        purpose: 'share-with-council',
        givenBy: 'Margaret Okafor',
        givenOn: '2026-01-05',
        expiresOn: '2027-01-05',
      },
    })
    await org.call('admin', 'referrals.add', {
      ref,
      referral: {
        source: 'council-social-work',
        receivedOn: '2026-01-02',
        reason: 'Needs a managed account',
      },
    })
    const record = await org.call('admin', 'people.get', { ref })
    expect(record.profile?.importantToMe).toBe('My garden.')
    expect(record.circle.map((m) => [m.name, m.isUnpaidCarer, m.caringHoursPerWeek])).toEqual([
      ['Joseph Okafor', true, 20],
      ['Ruth Price', false, null],
    ])
    expect(record.consents?.[0]).toMatchObject({ purpose: 'share-with-council', isCurrent: true })
    expect(record.referrals?.[0]?.source).toBe('council-social-work')
  })

  it('finds names with apostrophes and hyphens typed with or without them', async () => {
    org = await createTestOrg()
    const add = async (legalGivenName: string, legalFamilyName: string) =>
      (await org.call('admin', 'people.create', { fields: { legalGivenName, legalFamilyName } }))
        .summary.ref
    const obrien = await add('Margaret', "O'Brien")
    const smith = await add('Priya', 'Smith-Jones')
    const brian = await add('Brian', 'Obi')
    const found = async (text: string) =>
      (await org.call('admin', 'people.search', { text })).map((c) => c.ref)
    for (const text of ['obrien', 'margaret obr']) {
      expect(await found(text), text).toEqual([obrien])
    }
    // "brien" is also one typo from Brian (and "o" starts Obi): found after the exact match.
    for (const text of ["o'brien", 'O’Brien', 'brien']) {
      expect(await found(text), text).toEqual([obrien, brian])
    }
    for (const text of ['smithjones', 'smith-jones', 'jones', 'smith jones']) {
      expect(await found(text), text).toEqual([smith])
    }
    // A changed name is searched by its new spelling only.
    const record = await org.call('admin', 'people.get', { ref: obrien })
    await org.call('admin', 'people.update', {
      ref: obrien,
      version: record.version,
      fields: { ...record.fields, legalFamilyName: "O'Neill" },
    })
    expect(await found('obrien')).toEqual([])
    expect(await found('oneill')).toEqual([obrien])
  })

  it('asks before adding someone with the same names and date of birth as a person already recorded', async () => {
    org = await createTestOrg()
    const fields = {
      legalGivenName: 'Margaret',
      legalFamilyName: "O'Brien",
      dateOfBirth: '1952-03-14',
    }
    const first = await org.call('admin', 'people.create', { fields })
    const again = await org.raw('admin', 'people.create', {
      fields: { ...fields, legalGivenName: 'MARGARET' },
    })
    expect(!again.ok && again.error).toMatchObject({
      code: 'CLIENTS.LIKELY_DUPLICATE',
      message: `${first.summary.ref} already has this name and date of birth. Open that record, or add this person if they are someone else.`,
      details: { refs: [first.summary.ref] },
    })
    expect((await org.call('admin', 'people.list', {})).total).toBe(1)
    // Another date of birth is another person; and the user may say it is someone else.
    await org.call('admin', 'people.create', { fields: { ...fields, dateOfBirth: '1952-03-15' } })
    const second = await org.call('admin', 'people.create', { fields, isNotADuplicate: true })
    expect(second.summary.ref).not.toBe(first.summary.ref)
    expect((await org.call('admin', 'people.list', {})).total).toBe(3)
  })

  it('takes someone out of the circle and puts them back, only on their own person’s record', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', { fields: person })
    const other = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Ruth', legalFamilyName: 'Price' },
    })
    const member = await org.call('admin', 'circle.add', {
      ref: summary.ref,
      member: { name: 'Joseph Okafor', kind: 'family', relationship: 'Son' },
    })
    await org.call('admin', 'circle.archive', { ref: summary.ref, id: member.id })
    const archived = await org.call('admin', 'people.get', { ref: summary.ref })
    expect(archived.circle.map((m) => [m.name, m.isArchived])).toEqual([['Joseph Okafor', true]])

    const wrongPerson = await org.raw('admin', 'circle.restore', {
      ref: other.summary.ref,
      id: member.id,
    })
    expect(!wrongPerson.ok && wrongPerson.error.code).toBe('RECORD.NOT_FOUND')
    const restored = await org.call('admin', 'circle.restore', { ref: summary.ref, id: member.id })
    expect(restored).toMatchObject({
      name: 'Joseph Okafor',
      relationship: 'Son',
      isArchived: false,
    })
    const record = await org.call('admin', 'people.get', { ref: summary.ref })
    expect(record.circle.map((m) => [m.name, m.isArchived])).toEqual([['Joseph Okafor', false]])
    const events = await org.call('admin', 'audit.list', {})
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['circle.archive', 'circle.restore']),
    )
  })
})

describe('permissions on people', () => {
  it('finance sees identity but not the profile, consents or the wider circle; viewers read but cannot edit', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', { fields: person })
    const ref = summary.ref
    await org.call('admin', 'people.saveProfile', {
      ref,
      profile: {
        importantToMe: 'Garden',
        likeAndAdmire: '',
        howToSupport: '',
        lifeStory: '',
        dailyRoutine: '',
        weeklyRoutine: '',
        notWorking: '',
      },
    })
    await org.call('admin', 'circle.add', { ref, member: { name: 'Joseph', kind: 'family' } })
    await org.call('admin', 'circle.add', {
      ref,
      member: { name: 'Ruth', kind: 'professional', legalRole: 'deputy' },
    })
    const finance = await org.signInAs('finance')
    const seen = await org.call(finance, 'people.get', { ref })
    expect(seen.fields.legalFamilyName).toBe('Okafor')
    expect(seen.profile).toBeNull()
    expect(seen.consents).toBeNull()
    expect(seen.circle.map((m) => m.name)).toEqual(['Ruth'])
    expect(seen.canEdit).toBe(false)
    const viewer = await org.signInAs('viewer')
    expect((await org.call(viewer, 'people.get', { ref })).profile?.importantToMe).toBe('Garden')
    const edit = await org.raw(viewer, 'people.saveProfile', {
      ref,
      profile: {
        importantToMe: 'x',
        likeAndAdmire: '',
        howToSupport: '',
        lifeStory: '',
        dailyRoutine: '',
        weeklyRoutine: '',
        notWorking: '',
      },
    })
    expect(!edit.ok && edit.error.code).toBe('AUTH.FORBIDDEN')
  })

  it('every opening of a record is audited, naming who opened it', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', { fields: person })
    const adviser = await org.signInAs('adviser', 'ada')
    await org.call(adviser, 'people.get', { ref: summary.ref })
    await org.call('admin', 'people.get', { ref: summary.ref })
    const views = (await org.call('admin', 'audit.list', {})).filter(
      (e) => e.action === 'people.view',
    )
    expect(views.map((v) => [v.actor, v.entityId])).toEqual([
      ['quentin.admin', summary.ref],
      ['ada', summary.ref],
    ])
  })

  it('restricted notes are seen only by their author, coordinators and admins', async () => {
    org = await createTestOrg()
    const { summary } = await org.call('admin', 'people.create', { fields: person })
    const ref = summary.ref
    const author = await org.signInAs('adviser', 'author')
    const other = await org.signInAs('adviser', 'other')
    const coordinator = await org.signInAs('coordinator')
    const finance = await org.signInAs('finance')
    const viewer = await org.signInAs('viewer')
    await org.call(author, 'notes.add', {
      ref,
      kind: 'visit',
      occurredAt: '2026-11-20T10:00:00Z',
      durationMinutes: 45,
      subject: 'Visit',
      body: 'Talked about the zeppelin allotment project.',
    })
    await org.call(author, 'notes.add', {
      ref,
      kind: 'phone',
      occurredAt: '2026-11-21T10:00:00Z',
      subject: 'Private',
      body: 'Disclosed a safeguarding worry about the zeppelin lodger.',
      isRestricted: true,
    })
    const count = async (who: string) => (await org.call(who, 'notes.list', { ref })).total
    const search = async (who: string) =>
      (await org.call(who, 'notes.search', { text: 'zeppelin' })).length
    expect(await count(author)).toBe(2)
    expect(await count('admin')).toBe(2)
    expect(await count(coordinator)).toBe(2)
    expect(await count(other)).toBe(1)
    expect(await count(finance)).toBe(1)
    expect(await count(viewer)).toBe(1)
    expect(await search(author)).toBe(2)
    expect(await search(other)).toBe(1)
    expect(await search(viewer)).toBe(1)
    const hits = await org.call(author, 'notes.search', { text: 'allotm' })
    expect(hits[0]?.snippet).toMatch(/\[allotment\]/)
    const broken = await org.call(author, 'notes.search', { text: 'zeppelin" OR NEAR(' })
    expect(Array.isArray(broken)).toBe(true)
  })
})
