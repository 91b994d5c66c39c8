import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PlanContent } from '../../shared/contract/plan-schemas'
import { codesOf, CostFrequency } from '../../shared/reference'
import {
  canMoveTo,
  lineCosts,
  PLAN_TRANSITIONS,
  planTotals,
  reviewDates,
  submissionProblems,
} from './plan-rules'

const unitArb = fc.constantFrom(...codesOf(CostFrequency))
const lineArb = fc.record({
  unit: unitArb,
  unitCostPence: fc.integer({ min: 0, max: 1_000_000 }),
  quantityHundredths: fc.integer({ min: 0, max: 20_000 }),
})

describe('plan arithmetic', () => {
  it('an hourly line: 12.5 hours at £13.75 is £171.88 a week (rounded once, half up)', () => {
    expect(lineCosts({ unit: 'hour', unitCostPence: 1375, quantityHundredths: 1250 })).toEqual({
      weeklyPence: 17188,
      oneOffPence: 0,
    })
  })

  it('converts other units with the DHSC factors', () => {
    expect(
      lineCosts({ unit: 'month', unitCostPence: 5200, quantityHundredths: 100 }).weeklyPence,
    ).toBe(1200) // 5200 × 12/52
    expect(
      lineCosts({ unit: '4-weeks', unitCostPence: 1200, quantityHundredths: 100 }).weeklyPence,
    ).toBe(300)
    expect(
      lineCosts({ unit: 'year', unitCostPence: 6100, quantityHundredths: 100 }).weeklyPence,
    ).toBe(117) // 117.3
    expect(lineCosts({ unit: 'one-off', unitCostPence: 45000, quantityHundredths: 200 })).toEqual({
      weeklyPence: 0,
      oneOffPence: 90000,
    })
  })

  it('property: the weekly total is exactly the sum of the lines, in whole pence', () => {
    fc.assert(
      fc.property(fc.array(lineArb, { maxLength: 40 }), (lines) => {
        const content = {
          lines: lines.map((l) => ({
            ...l,
            description: 'x',
            supportType: 'home-support',
            providerType: 'agency',
            outcomePositions: [],
          })),
          budget: { weeklyGrossPence: 100_000 },
        }
        const totals = planTotals(content as never)
        const sum = lines.reduce((s, l) => s + lineCosts(l).weeklyPence, 0)
        expect(totals.weeklyLinesPence).toBe(sum)
        expect(Number.isInteger(totals.weeklyLinesPence)).toBe(true)
        expect(totals.annualLinesPence).toBe(sum * 52)
        expect(totals.overBudgetByPence).toBe(Math.max(0, sum - 100_000))
      }),
    )
  })

  it('property: a line is never more than half a penny from its exact weekly cost', () => {
    fc.assert(
      fc.property(lineArb, (line) => {
        const factors: Record<string, number> = {
          hour: 1,
          day: 1,
          session: 1,
          week: 1,
          fortnight: 1 / 2,
          '4-weeks': 1 / 4,
          month: 12 / 52,
          quarter: 4 / 52,
          year: 1 / 52,
        }
        const f = factors[line.unit]
        if (f === undefined) return
        const exact = (line.unitCostPence * line.quantityHundredths * f) / 100
        expect(Math.abs(lineCosts(line).weeklyPence - exact)).toBeLessThanOrEqual(0.5 + 1e-6)
      }),
    )
  })

  it('the net council payment is gross minus contribution', () => {
    expect(
      planTotals({
        lines: [],
        budget: { weeklyGrossPence: 42000, weeklyContributionPence: 3550 },
      } as never).weeklyNetCouncilPence,
    ).toBe(38450)
  })
})

describe('plan status transitions', () => {
  it('allows the documented path and refuses the rest', () => {
    expect(canMoveTo('draft', 'submitted')).toBe(true)
    expect(canMoveTo('submitted', 'funding-panel')).toBe(true)
    expect(canMoveTo('funding-panel', 'declined')).toBe(true)
    expect(canMoveTo('approved', 'active')).toBe(true)
    expect(canMoveTo('active', 'superseded')).toBe(true)
    for (const [from, to] of [
      ['draft', 'active'],
      ['draft', 'approved'],
      ['submitted', 'draft'],
      ['declined', 'active'],
      ['deferred', 'approved'],
      ['ended', 'active'],
      ['superseded', 'active'],
      ['active', 'draft'],
    ]) {
      expect(canMoveTo(from!, to!), `${from} → ${to}`).toBe(false)
    }
  })

  it('every status in the table is reachable from draft', () => {
    const reached = new Set(['draft'])
    const queue = ['draft']
    while (queue.length) {
      for (const next of PLAN_TRANSITIONS[queue.shift() as keyof typeof PLAN_TRANSITIONS]) {
        if (reached.has(next)) continue
        reached.add(next)
        queue.push(next)
      }
    }
    expect([...reached].sort()).toEqual(Object.keys(PLAN_TRANSITIONS).sort())
  })
})

describe('submission and review dates', () => {
  const complete = PlanContent.parse({
    outcomes: [{ text: 'I want to cook my own tea.' }],
    lines: [
      {
        description: 'PA',
        supportType: 'home-support',
        providerType: 'employed-pa',
        unit: 'hour',
        unitCostPence: 1500,
        quantityHundredths: 1000,
      },
    ],
    budget: {
      weeklyGrossPence: 14000,
      managementForm: 'dp-managed',
      paymentFrequency: '4-weekly',
      startDate: '2026-01-05',
    },
  })

  it('names what is missing, and refuses over budget without a reason', () => {
    const empty = submissionProblems(PlanContent.parse({}), planTotals(PlanContent.parse({})))
    // Each names the field that puts it right, so the editor can take the adviser there.
    expect(empty.map((p) => p.field)).toEqual([
      'outcomes',
      'lines',
      'budget.weeklyGrossPence',
      'budget.startDate',
      'budget.managementForm',
      'budget.paymentFrequency',
    ])
    const totals = planTotals(complete)
    expect(totals.overBudgetByPence).toBe(1000)
    expect(submissionProblems(complete, totals)).toEqual([
      {
        field: 'overBudgetReason',
        message: 'The plan costs more than the budget: record why, or change the lines.',
      },
    ])
    expect(submissionProblems({ ...complete, overBudgetReason: 'Agreed top-up' }, totals)).toEqual(
      [],
    )
  })

  it('derives the first review (6–8 weeks), the annual review and the direct-payment review', () => {
    const dates = reviewDates(complete.budget, 6, '2026-01-10')
    expect(dates).toEqual({
      firstReview: '2026-02-16',
      annualReview: '2027-01-05',
      directPaymentReview: '2026-07-05',
      nextDue: '2026-02-16',
    })
    const later = reviewDates(complete.budget, 8, '2027-08-01')
    expect(later.annualReview).toBe('2028-01-05')
    expect(later.directPaymentReview).toBe('2028-07-05')
    expect(
      reviewDates({ ...complete.budget, managementForm: 'council' }, 6, '2026-01-10')
        .directPaymentReview,
    ).toBeNull()
  })
})
