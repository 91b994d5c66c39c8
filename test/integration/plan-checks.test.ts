import { afterEach, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

/** Sense checks on submitting a plan and recording a panel decision (issue 9 #4 and #6). */

let org: TestOrg
afterEach(async () => org?.cleanup())

const NOW = new Date('2026-12-06T12:00:00.000Z')

const content = {
  whatMatters: 'Seeing my grandchildren.',
  budget: {
    weeklyGrossPence: 30000,
    weeklyContributionPence: 0,
    paymentBasis: 'net' as const,
    paymentFrequency: 'weekly' as const,
    paymentTiming: 'arrears' as const,
    managementForm: 'dp-self' as const,
    startDate: '2026-12-14',
  },
  outcomes: [{ text: 'I want to get to the shops on my own.' }],
  lines: [
    {
      description: 'PA, afternoons',
      supportType: 'home-support' as const,
      providerType: 'employed-pa' as const,
      unit: 'hour' as const,
      unitCostPence: 1500,
      quantityHundredths: 2000,
    },
    {
      description: 'Grab rails',
      supportType: 'equipment' as const,
      providerType: 'equipment' as const,
      unit: 'one-off' as const,
      unitCostPence: 9000,
      quantityHundredths: 100,
    },
  ],
}

async function draftPlan(signOff: { personOn: string | null }) {
  org = await createTestOrg({ now: () => NOW })
  const person = await org.call('admin', 'people.create', {
    fields: { legalGivenName: 'Maud', legalFamilyName: 'Ellery', dateOfBirth: '1941-02-11' },
    status: 'active',
  })
  const draft = await org.call('admin', 'plans.create', { ref: person.summary.ref })
  await org.call('admin', 'plans.saveDraft', {
    planRef: draft.ref,
    content: { ...content, signOff },
  })
  return draft.ref
}

const decision = {
  decidedOn: '2026-12-06',
  panel: 'Resource panel',
  weeklyRequestedPence: 30000,
  weeklyApprovedPence: 30000,
  oneOffRequestedPence: 9000,
  oneOffApprovedPence: 9000,
  decision: 'approved' as const,
}

describe('submitting needs the person’s agreement, or a reason why not', () => {
  it('refuses a plan with no date the person agreed it, with PLANS.NOT_AGREED', async () => {
    const planRef = await draftPlan({ personOn: null })
    const refused = await org.raw('admin', 'plans.submit', { planRef })
    expect(!refused.ok && refused.error.code).toBe('PLANS.NOT_AGREED')
    expect(!refused.ok && refused.error.message).toMatch(/has not agreed this plan/)
    expect((await org.call('admin', 'plans.get', { planRef })).status).toBe('draft')
  })

  it('submits without agreement when the reason is recorded, and the audit keeps the reason', async () => {
    const planRef = await draftPlan({ personOn: null })
    const empty = await org.raw('admin', 'plans.submit', {
      planRef,
      withoutAgreement: { reason: 'lacks-capacity', explanation: '' },
    })
    expect(!empty.ok && empty.error.code).toBe('INPUT.INVALID')
    const submitted = await org.call('admin', 'plans.submit', {
      planRef,
      withoutAgreement: {
        reason: 'lacks-capacity',
        explanation: 'Best-interests meeting on 1 December with her son and the social worker.',
      },
    })
    expect(submitted.status).toBe('submitted')
    const events = await org.call('admin', 'audit.list', {})
    const event = events.find((e) => e.action === 'plans.submit')
    expect(event?.summary).toMatch(/without the person’s agreement.*best interests/i)
    expect(event?.summary).toContain('Best-interests meeting on 1 December')
  })

  it('submits a plan the person agreed without asking for a reason', async () => {
    const planRef = await draftPlan({ personOn: '2026-12-01' })
    expect((await org.call('admin', 'plans.submit', { planRef })).status).toBe('submitted')
    const event = (await org.call('admin', 'audit.list', {})).find(
      (e) => e.action === 'plans.submit',
    )
    expect(event?.summary).toBe('Submitted')
  })
})

describe('a panel decision is checked before it is recorded', () => {
  async function submitted() {
    const planRef = await draftPlan({ personOn: '2026-12-01' })
    await org.call('admin', 'plans.submit', { planRef })
    return planRef
  }

  it('refuses a decision dated in the future, on its field; today is fine', async () => {
    const planRef = await submitted()
    const future = await org.raw('admin', 'plans.recordDecision', {
      planRef,
      decision: { ...decision, decidedOn: '2030-01-01' },
    })
    expect(!future.ok && future.error.code).toBe('INPUT.INVALID')
    expect(!future.ok && future.error.message).toContain('01/01/2030 is in the future')
    expect(!future.ok && future.error.details?.issues).toEqual([
      { path: 'decision.decidedOn', message: expect.stringContaining('in the future') },
    ])
    const tomorrow = await org.raw('admin', 'plans.recordDecision', {
      planRef,
      decision: { ...decision, decidedOn: '2026-12-07' },
    })
    expect(!tomorrow.ok && tomorrow.error.code).toBe('INPUT.INVALID')
    const today = await org.call('admin', 'plans.recordDecision', { planRef, decision })
    expect(today.status).toBe('approved')
  })

  it('an approval leaving out the one-off amount that was asked for is refused', async () => {
    const planRef = await submitted()
    const missing = await org.raw('admin', 'plans.recordDecision', {
      planRef,
      decision: { ...decision, oneOffApprovedPence: null },
    })
    expect(!missing.ok && missing.error.code).toBe('INPUT.INVALID')
    expect(!missing.ok && JSON.stringify(missing.error.details)).toContain('oneOffApprovedPence')
    // A deferral needs no amounts.
    const deferred = await org.call('admin', 'plans.recordDecision', {
      planRef,
      decision: {
        ...decision,
        weeklyApprovedPence: null,
        oneOffApprovedPence: null,
        decision: 'deferred' as const,
        reasons: 'Needs an OT assessment first.',
      },
    })
    expect(deferred.status).toBe('deferred')
  })

  it('an approved amount unlike the request needs confirming, and the refusal names the difference', async () => {
    const planRef = await submitted()
    const fourTimes = { ...decision, weeklyApprovedPence: 120000 }
    const refused = await org.raw('admin', 'plans.recordDecision', {
      planRef,
      decision: fourTimes,
    })
    expect(!refused.ok && refused.error.code).toBe('PLANS.AMOUNT_DIFFERS')
    expect(!refused.ok && refused.error.message).toContain(
      'Weekly: £1,200.00 agreed against £300.00 asked for (£900.00 more).',
    )
    expect((await org.call('admin', 'plans.get', { planRef })).decisions).toEqual([])
    const confirmed = await org.call('admin', 'plans.recordDecision', {
      planRef,
      decision: { ...fourTimes, differenceConfirmed: true },
    })
    expect(confirmed.decisions[0]).toMatchObject({
      weeklyRequestedPence: 30000,
      weeklyApprovedPence: 120000,
    })
  })
})
