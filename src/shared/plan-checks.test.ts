import { describe, expect, it } from 'vitest'
import { approvedAmountDifferences, decisionDateProblem, missingBeforeSubmit } from './plan-checks'

const complete = {
  contingency: 'I ring my sister.',
  risks: [{}],
  people: [{}],
  budget: { weeklyGrossPence: 30000 },
  signOff: { personOn: '2026-12-01' },
}

describe('what a plan is missing before it goes to the council', () => {
  it('nothing, for a plan with agreement, risks, contingency, people and every pound allocated', () => {
    expect(missingBeforeSubmit(complete, 30000)).toEqual([])
  })

  it('lists each missing part, and the budget not allocated to a line', () => {
    const bare = {
      contingency: '  ',
      risks: [],
      people: [],
      budget: { weeklyGrossPence: 30000 },
      signOff: { personOn: null },
    }
    const missing = missingBeforeSubmit(bare, 22950)
    expect(missing.map((m) => m.key)).toEqual([
      'agreement',
      'risks',
      'contingency',
      'people',
      'unallocated',
    ])
    expect(missing.at(-1)?.message).toBe(
      '£70.50 a week of the budget is not allocated to any costed line.',
    )
  })
})

describe('panel decision checks', () => {
  const base = {
    decision: 'approved',
    decidedOn: '2026-12-06',
    weeklyRequestedPence: 30000,
    weeklyApprovedPence: 30000,
    oneOffRequestedPence: 0,
    oneOffApprovedPence: null,
  }
  it('no difference when the approval matches the request', () => {
    expect(approvedAmountDifferences(base)).toEqual([])
  })
  it('names a weekly and a one-off difference, more or less', () => {
    expect(
      approvedAmountDifferences({
        ...base,
        weeklyApprovedPence: 25000,
        oneOffRequestedPence: 9000,
        oneOffApprovedPence: 12000,
      }),
    ).toEqual([
      'Weekly: £250.00 agreed against £300.00 asked for (£50.00 less).',
      'One-off: £120.00 agreed against £90.00 asked for (£30.00 more).',
    ])
  })
  it('a deferral has no approved amounts to compare', () => {
    expect(
      approvedAmountDifferences({ ...base, decision: 'deferred', weeklyApprovedPence: 1 }),
    ).toEqual([])
  })
  it('a date after today is refused; today and before are not', () => {
    expect(decisionDateProblem('2030-01-01', '2026-12-06')).toContain('01/01/2030')
    expect(decisionDateProblem('2026-12-06', '2026-12-06')).toBeNull()
    expect(decisionDateProblem('2026-11-30', '2026-12-06')).toBeNull()
  })
})
