import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

let org: TestOrg
afterEach(async () => org?.cleanup())

async function personRef(o: TestOrg): Promise<string> {
  const r = await o.call('admin', 'people.create', {
    fields: { legalGivenName: 'Tariq', legalFamilyName: 'Hussain', dateOfBirth: '1979-05-01' },
    status: 'active',
  })
  return r.summary.ref
}

const content = {
  whatMatters: 'My family and my football.',
  signOff: { personOn: '2026-11-15' },
  whatToChange: 'I want to go out without my mum.',
  budget: {
    weeklyGrossPence: 42000,
    weeklyContributionPence: 3550,
    paymentBasis: 'gross' as const,
    paymentFrequency: '4-weekly' as const,
    paymentTiming: 'advance' as const,
    managementForm: 'dp-managed' as const,
    startDate: '2026-12-01',
  },
  outcomes: [
    {
      text: 'I want to get to the match every other Saturday.',
      how: 'With my PA',
      wellbeingAreas: ['e' as const, 'f' as const],
      eligibilityOutcomes: ['i' as const],
    },
    {
      text: 'I want to cook my own tea.',
      wellbeingAreas: ['b' as const],
      eligibilityOutcomes: ['a' as const],
    },
  ],
  lines: [
    {
      description: 'PA, weekday mornings',
      supportType: 'home-support' as const,
      providerType: 'employed-pa' as const,
      unit: 'hour' as const,
      unitCostPence: 1375,
      quantityHundredths: 1250,
      outcomePositions: [2],
    },
    {
      description: 'PA to football',
      supportType: 'home-support' as const,
      providerType: 'employed-pa' as const,
      unit: 'session' as const,
      unitCostPence: 5500,
      quantityHundredths: 50,
      outcomePositions: [1],
    },
    {
      description: 'Managed account fee',
      supportType: 'direct-payment' as const,
      providerType: 'other' as const,
      unit: '4-weeks' as const,
      unitCostPence: 1200,
      quantityHundredths: 100,
    },
  ],
}

describe('support plans', () => {
  it('a draft is written, totalled, submitted, sent to panel, decided and activated', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    expect(draft.ref).toBe(`${ref}/P1v1`)
    const saved = await org.call('admin', 'plans.saveDraft', { planRef: draft.ref, content })
    // 12.5 h × £13.75 = £171.875 → £171.88; 0.5 × £55 = £27.50; £12 / 4 = £3.00
    expect(saved.totals).toMatchObject({
      weeklyLinesPence: 17188 + 2750 + 300,
      weeklyNetCouncilPence: 38450,
      overBudgetByPence: 0,
    })
    expect(saved.reviewDates).toMatchObject({
      firstReview: '2027-01-12',
      directPaymentReview: '2027-06-01',
    })
    const submitted = await org.call('admin', 'plans.submit', { planRef: draft.ref })
    expect(submitted.status).toBe('submitted')
    expect(submitted.isEditable).toBe(false)
    await org.call('admin', 'plans.sendToPanel', { planRef: draft.ref })
    const noReasons = await org.raw('admin', 'plans.recordDecision', {
      planRef: draft.ref,
      decision: {
        decidedOn: '2026-11-20',
        panel: 'Resource panel',
        weeklyRequestedPence: 20238,
        decision: 'declined',
      },
    })
    expect(!noReasons.ok && noReasons.error.code).toBe('INPUT.INVALID')
    const decided = await org.call('admin', 'plans.recordDecision', {
      planRef: draft.ref,
      decision: {
        decidedOn: '2026-11-20',
        panel: 'Resource panel',
        weeklyRequestedPence: 20238,
        weeklyApprovedPence: 20238,
        decision: 'approved-with-conditions',
        conditions: 'Review PA hours at 12 weeks',
      },
    })
    expect(decided.status).toBe('approved-with-conditions')
    expect(decided.decisions[0]).toMatchObject({
      panel: 'Resource panel',
      conditions: 'Review PA hours at 12 weeks',
    })
    expect((await org.call('admin', 'plans.activate', { planRef: draft.ref })).status).toBe(
      'active',
    )
  })

  it('a submitted version is immutable: saving is refused, and even SQL cannot change it', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    await org.call('admin', 'plans.saveDraft', { planRef: draft.ref, content })
    await org.call('admin', 'plans.submit', { planRef: draft.ref })
    const again = await org.raw('admin', 'plans.saveDraft', {
      planRef: draft.ref,
      content: { ...content, whatMatters: 'changed' },
    })
    expect(!again.ok && again.error.code).toBe('PLANS.NOT_EDITABLE')
    const { sqlite } = org.backend.core.store!
    expect(() =>
      sqlite.prepare(`UPDATE support_plans SET what_matters = 'x' WHERE id = ?`).run(draft.id),
    ).toThrow(/cannot be changed/)
    expect(() => sqlite.prepare(`DELETE FROM plan_lines WHERE plan_id = ?`).run(draft.id)).toThrow(
      /cannot be changed/,
    )
    // A change means a new version, copied from the old one; the old one is untouched.
    const v2 = await org.call('admin', 'plans.revise', { planRef: draft.ref })
    expect(v2.ref).toBe(`${ref}/P1v2`)
    expect(v2.content.lines).toHaveLength(3)
    const dup = await org.raw('admin', 'plans.revise', { planRef: draft.ref })
    expect(!dup.ok && dup.error.code).toBe('PLANS.DRAFT_EXISTS')
    expect((await org.call('admin', 'plans.get', { planRef: draft.ref })).content.whatMatters).toBe(
      content.whatMatters,
    )
  })

  it('illegal transitions are refused', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    const activate = await org.raw('admin', 'plans.activate', { planRef: draft.ref })
    expect(!activate.ok && activate.error.code).toBe('PLANS.ILLEGAL_TRANSITION')
    const panel = await org.raw('admin', 'plans.sendToPanel', { planRef: draft.ref })
    expect(!panel.ok && panel.error.code).toBe('PLANS.ILLEGAL_TRANSITION')
    const incomplete = await org.raw('admin', 'plans.submit', { planRef: draft.ref })
    expect(!incomplete.ok && incomplete.error.code).toBe('PLANS.INCOMPLETE')
  })

  it('refuses submission over budget unless a reason is recorded', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    const over = { ...content, budget: { ...content.budget, weeklyGrossPence: 10000 } }
    await org.call('admin', 'plans.saveDraft', { planRef: draft.ref, content: over })
    const r = await org.raw('admin', 'plans.submit', { planRef: draft.ref })
    expect(!r.ok && r.error.code).toBe('PLANS.OVER_BUDGET')
    await org.call('admin', 'plans.saveDraft', {
      planRef: draft.ref,
      content: { ...over, overBudgetReason: 'Council agreed a temporary top-up' },
    })
    expect((await org.call('admin', 'plans.submit', { planRef: draft.ref })).status).toBe(
      'submitted',
    )
  })

  it('activating a new version supersedes the old active one; createWithBudget makes an active budget-only plan', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const first = await org.call('admin', 'plans.createWithBudget', {
      ref,
      weeklyGrossPence: 42000,
      weeklyContributionPence: 3550,
      paymentBasis: 'gross',
      paymentFrequency: '4-weekly',
      paymentTiming: 'advance',
      managementForm: 'dp-managed',
      startDate: '2026-04-01',
    })
    expect(first.status).toBe('active')
    const v2 = await org.call('admin', 'plans.revise', { planRef: first.ref })
    await org.call('admin', 'plans.saveDraft', { planRef: v2.ref, content })
    await org.call('admin', 'plans.submit', { planRef: v2.ref })
    await org.call('admin', 'plans.recordDecision', {
      planRef: v2.ref,
      decision: {
        decidedOn: '2026-11-20',
        panel: 'Panel',
        weeklyRequestedPence: 20238,
        weeklyApprovedPence: 20238,
        decision: 'approved',
      },
    })
    await org.call('admin', 'plans.activate', { planRef: v2.ref })
    const list = await org.call('admin', 'plans.list', { ref })
    expect(list.map((p) => [p.ref, p.status])).toEqual([
      [`${ref}/P1v2`, 'active'],
      [`${ref}/P1v1`, 'superseded'],
    ])
  })

  it('starts a new plan from what the person said matters in their one-page profile', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const empty = await org.call('admin', 'plans.create', { ref })
    expect(empty.content.whatMatters).toBe('')
    await org.call('admin', 'people.saveProfile', {
      ref,
      profile: {
        importantToMe: 'My garden, and seeing my grandson on Sundays.',
        likeAndAdmire: '',
        howToSupport: '',
        lifeStory: '',
        dailyRoutine: '',
        weeklyRoutine: '',
        notWorking: '',
      },
    })
    const second = await org.call('admin', 'plans.create', { ref })
    expect(second.content.whatMatters).toBe('My garden, and seeing my grandson on Sundays.')
  })

  it('ending a plan needs a date that has come and is not before the plan started', async () => {
    org = await createTestOrg({ now: () => new Date('2026-11-25T10:00:00Z') })
    const ref = await personRef(org)
    const plan = await org.call('admin', 'plans.createWithBudget', {
      ref,
      weeklyGrossPence: 42000,
      weeklyContributionPence: 0,
      paymentBasis: 'gross',
      paymentFrequency: 'weekly',
      paymentTiming: 'advance',
      managementForm: 'dp-self',
      startDate: '2026-04-01',
    })
    for (const [on, message] of [
      ['2026-03-31', 'The plan started on 01/04/2026: it cannot end before then.'],
      ['2099-01-01', 'This date is in the future.'],
    ] as const) {
      const refused = await org.raw('admin', 'plans.end', { planRef: plan.ref, on })
      expect(!refused.ok && refused.error).toMatchObject({
        code: 'INPUT.INVALID',
        message: expect.stringMatching(message),
        details: { issues: [{ path: 'on' }] },
      })
    }
    expect((await org.call('admin', 'plans.get', { planRef: plan.ref })).status).toBe('active')
    const ended = await org.call('admin', 'plans.end', { planRef: plan.ref, on: '2026-11-25' })
    expect(ended).toMatchObject({ status: 'ended', statusChangedAt: '2026-11-25T00:00:00.000Z' })
    const again = await org.raw('admin', 'plans.end', { planRef: plan.ref, on: '2026-11-25' })
    expect(!again.ok && again.error.code).toBe('PLANS.ILLEGAL_TRANSITION')
  })

  it('refuses to save over a draft someone else saved meanwhile, even in the same millisecond', async () => {
    org = await createTestOrg({ now: () => new Date('2026-11-25T10:00:00.000Z') })
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    // Two editors open the same draft; the clock stands still, as it may between two saves.
    const opened = draft.updatedAt
    const first = await org.call('admin', 'plans.saveDraft', {
      planRef: draft.ref,
      content: { ...content, whatMatters: 'First editor' },
      expectedUpdatedAt: opened,
    })
    expect(first.updatedAt > opened).toBe(true)
    const second = await org.raw('admin', 'plans.saveDraft', {
      planRef: draft.ref,
      content: { ...content, whatMatters: 'Second editor' },
      expectedUpdatedAt: opened,
    })
    expect(!second.ok && second.error).toMatchObject({
      code: 'RECORD.CONFLICT',
      message: expect.stringMatching(/saved by someone else at 25\/11\/2026, 10:00/),
    })
    const kept = await org.call('admin', 'plans.get', { planRef: draft.ref })
    expect(kept.content.whatMatters).toBe('First editor')
    // With the version they now have, the second editor's save goes through.
    const again = await org.call('admin', 'plans.saveDraft', {
      planRef: draft.ref,
      content: { ...content, whatMatters: 'Second editor' },
      expectedUpdatedAt: kept.updatedAt,
    })
    expect(again.content.whatMatters).toBe('Second editor')
    expect(again.updatedAt > kept.updatedAt).toBe(true)
  })

  it('throws away a draft (and only a draft); the versions before it stay', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const first = await org.call('admin', 'plans.create', { ref })
    await org.call('admin', 'plans.saveDraft', { planRef: first.ref, content })
    await org.call('admin', 'plans.submit', { planRef: first.ref })
    const refused = await org.raw('admin', 'plans.discardDraft', { planRef: first.ref })
    expect(!refused.ok && refused.error.code).toBe('PLANS.NOT_EDITABLE')

    const v2 = await org.call('admin', 'plans.revise', { planRef: first.ref })
    expect(v2.content.lines).toHaveLength(3)
    await org.call('admin', 'plans.discardDraft', { planRef: v2.ref })
    const list = await org.call('admin', 'plans.list', { ref })
    expect(list.map((p) => [p.ref, p.status])).toEqual([[first.ref, 'submitted']])
    const gone = await org.raw('admin', 'plans.get', { planRef: v2.ref })
    expect(!gone.ok && gone.error).toMatchObject({
      code: 'RECORD.NOT_FOUND',
      message: `There is no support plan ${v2.ref}.`,
    })
    // The submitted version is untouched, and a new draft takes the free version number.
    const kept = await org.call('admin', 'plans.get', { planRef: first.ref })
    expect(kept.content.lines.map((l) => l.description)).toEqual(
      content.lines.map((l) => l.description),
    )
    expect((await org.call('admin', 'plans.revise', { planRef: first.ref })).ref).toBe(v2.ref)
    const events = await org.call('admin', 'audit.list', {})
    expect(events.filter((e) => e.action === 'plans.discardDraft')).toEqual([
      expect.objectContaining({ entityId: v2.ref, summary: 'Draft thrown away' }),
    ])
  })

  it('exports a printable PDF and an easy-read one', async () => {
    org = await createTestOrg()
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    await org.call('admin', 'plans.saveDraft', { planRef: draft.ref, content })
    for (const easyRead of [false, true]) {
      const pdf = await org.call('admin', 'plans.exportPdf', { planRef: draft.ref, easyRead })
      const bytes = Buffer.from(pdf.dataBase64, 'base64')
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')
      expect(pdf.fileName).toMatch(easyRead ? /easy-read\.pdf$/ : /P1v1\.pdf$/)
    }
  })
})

describe('plans needing attention', () => {
  it('lists drafts, plans awaiting a decision, approved plans not yet active, and reviews due soon', async () => {
    org = await createTestOrg({ now: () => new Date('2026-12-20T10:00:00Z') })
    const ref = await personRef(org)
    const draft = await org.call('admin', 'plans.create', { ref })
    const other = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Ruth', legalFamilyName: 'Price' },
    })
    const waiting = await org.call('admin', 'plans.create', { ref: other.summary.ref })
    await org.call('admin', 'plans.saveDraft', { planRef: waiting.ref, content })
    await org.call('admin', 'plans.submit', { planRef: waiting.ref })
    const third = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Sol', legalFamilyName: 'Kaur' },
    })
    await org.call('admin', 'plans.createWithBudget', {
      ref: third.summary.ref,
      weeklyGrossPence: 42000,
      weeklyContributionPence: 0,
      paymentBasis: 'net',
      paymentFrequency: 'weekly',
      paymentTiming: 'arrears',
      managementForm: 'council',
      startDate: '2026-12-01',
    })
    const overview = await org.call('admin', 'plans.overview', { reviewWithinDays: 42 })
    expect(overview.drafts.map((p) => p.ref)).toEqual([draft.ref])
    expect(overview.awaitingDecision.map((p) => [p.ref, p.person.displayName])).toEqual([
      [waiting.ref, 'Ruth Price'],
    ])
    expect(overview.approvedNotActive).toEqual([])
    // Started 1 December: the first review (6 weeks) falls on 12 January, within 42 days of 20 December.
    expect(overview.reviewsDue.map((p) => [p.person.ref, p.nextReviewDue])).toEqual([
      [third.summary.ref, '2027-01-12'],
    ])
    const soon = await org.call('admin', 'plans.overview', { reviewWithinDays: 7 })
    expect(soon.reviewsDue).toEqual([])
  })

  it('shows only one key worker’s people when asked', async () => {
    org = await createTestOrg()
    const me = (await org.call('admin', 'auth.session', {})).user!.id
    const mine = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Ruth', legalFamilyName: 'Price', keyWorkerId: me },
    })
    const theirs = await org.call('admin', 'people.create', {
      fields: { legalGivenName: 'Tariq', legalFamilyName: 'Hussain' },
    })
    for (const ref of [mine.summary.ref, theirs.summary.ref]) {
      await org.call('admin', 'plans.create', { ref })
    }
    const everyone = await org.call('admin', 'plans.overview', {})
    expect(everyone.drafts).toHaveLength(2)
    const onlyMine = await org.call('admin', 'plans.overview', { keyWorkerId: me })
    expect(onlyMine.drafts.map((d) => d.person.ref)).toEqual([mine.summary.ref])
  })
})
