import { describe, expect, it } from 'vitest'
import { budgetFigures, budgetSentences, figureText } from './plan-budget'

// £420.00 a week budget, £35.50 a week contribution: net £384.50 a week.
const BUDGET = { weeklyGrossPence: 42000, weeklyContributionPence: 3550 }

/**
 * Every basis × frequency × timing, with the amounts worked by hand: 4-weekly is ×4, monthly is
 * ×52/12 rounded once (384.50 × 52 / 12 = 1,666.1666… → £1,666.17).
 */
const CASES = [
  [
    'gross',
    'weekly',
    'advance',
    42000,
    42000,
    3550,
    'every week, in advance',
    'invoiced by the council',
    'the week that follows it',
  ],
  [
    'gross',
    'weekly',
    'arrears',
    42000,
    42000,
    3550,
    'every week, in arrears',
    'invoiced by the council',
    'the week just gone',
  ],
  [
    'gross',
    '4-weekly',
    'advance',
    42000,
    168000,
    14200,
    'every 4 weeks, in advance',
    'invoiced by the council',
    'the 4 weeks that follow it',
  ],
  [
    'gross',
    '4-weekly',
    'arrears',
    42000,
    168000,
    14200,
    'every 4 weeks, in arrears',
    'invoiced by the council',
    'the 4 weeks just gone',
  ],
  [
    'gross',
    'monthly',
    'advance',
    42000,
    182000,
    15383,
    'every month, in advance',
    'invoiced by the council',
    'the month that follows it',
  ],
  [
    'gross',
    'monthly',
    'arrears',
    42000,
    182000,
    15383,
    'every month, in arrears',
    'invoiced by the council',
    'the month just gone',
  ],
  [
    'net',
    'weekly',
    'advance',
    38450,
    38450,
    3550,
    'every week, in advance',
    'paid in by them',
    'the week that follows it',
  ],
  [
    'net',
    'weekly',
    'arrears',
    38450,
    38450,
    3550,
    'every week, in arrears',
    'paid in by them',
    'the week just gone',
  ],
  [
    'net',
    '4-weekly',
    'advance',
    38450,
    153800,
    14200,
    'every 4 weeks, in advance',
    'paid in by them',
    'the 4 weeks that follow it',
  ],
  [
    'net',
    '4-weekly',
    'arrears',
    38450,
    153800,
    14200,
    'every 4 weeks, in arrears',
    'paid in by them',
    'the 4 weeks just gone',
  ],
  [
    'net',
    'monthly',
    'advance',
    38450,
    166617,
    15383,
    'every month, in advance',
    'paid in by them',
    'the month that follows it',
  ],
  [
    'net',
    'monthly',
    'arrears',
    38450,
    166617,
    15383,
    'every month, in arrears',
    'paid in by them',
    'the month just gone',
  ],
] as const

describe('budget figures: every payment basis × frequency × timing', () => {
  it.each(CASES)(
    '%s, %s, %s',
    (basis, frequency, timing, weekly, each, contributionEach, period, who, covers) => {
      const f = budgetFigures({
        ...BUDGET,
        paymentBasis: basis,
        paymentFrequency: frequency,
        paymentTiming: timing,
      })
      expect(f.weeklyBudget).toEqual({ label: 'Weekly budget (gross)', pence: 42000 })
      expect(f.councilWeekly.pence).toBe(weekly)
      expect(f.councilWeekly.label).toMatch(
        basis === 'gross' ? /the whole budget; it invoices/ : /the budget less their contribution/,
      )
      expect(f.eachPayment).toEqual({ label: `Each council payment (${period})`, pence: each })
      expect(f.contributionEachPeriod?.pence).toBe(contributionEach)
      expect(f.contributionEachPeriod?.label).toContain(who)
      expect(f.covers).toContain(covers)
      // The rows are the figures, in order, and nothing labelled net carries the gross amount.
      expect(f.rows.map((r) => r.pence)).toEqual([42000, 3550, weekly, each, contributionEach])
      for (const row of f.rows) {
        if (basis === 'gross') expect(row.label).not.toMatch(/\bnet\b|after their contribution/i)
      }

      const words = budgetSentences({
        ...BUDGET,
        paymentBasis: basis,
        paymentFrequency: frequency,
        paymentTiming: timing,
      })
      expect(words[0]).toBe('Your budget is £420.00 each week.')
      expect(words).toContain(
        `The council pays ${figureText({ label: '', pence: each })} ${period.split(',')[0]}.`,
      )
      expect(words.join(' ')).toContain(
        timing === 'advance' ? 'before the weeks it is for' : 'after the weeks it is for',
      )
      if (basis === 'gross') expect(words.join(' ')).toContain('send you a bill')
      else expect(words).toContain('The council pays £384.50 each week.')
    },
  )

  it('the issue’s case: a gross plan paid every 4 weeks never shows the net figure as the council’s', () => {
    const f = budgetFigures({
      weeklyGrossPence: 26000,
      weeklyContributionPence: 3050,
      paymentBasis: 'gross',
      paymentFrequency: '4-weekly',
      paymentTiming: 'advance',
    })
    expect(f.rows.map((r) => r.pence)).not.toContain(22950)
    expect(f.councilWeekly.pence).toBe(26000)
    expect(f.eachPayment?.pence).toBe(104000)
  })

  it('without a basis, frequency or timing it says what is not decided rather than guessing', () => {
    const f = budgetFigures({
      ...BUDGET,
      paymentBasis: null,
      paymentFrequency: null,
      paymentTiming: null,
    })
    expect(f.councilWeekly).toEqual({
      label: 'The council pays each week (payment basis not decided)',
      pence: null,
    })
    expect(f.eachPayment).toBeNull()
    expect(f.covers).toBeNull()
    expect(figureText(f.councilWeekly)).toBe('Not worked out yet')
    expect(
      budgetSentences({
        ...BUDGET,
        weeklyGrossPence: null,
        paymentBasis: 'net',
        paymentFrequency: null,
        paymentTiming: null,
      }),
    ).toEqual(['We do not know your budget yet.'])
  })

  it('net without a recorded contribution leaves the council’s payment unknown', () => {
    const f = budgetFigures({
      weeklyGrossPence: 42000,
      weeklyContributionPence: null,
      paymentBasis: 'net',
      paymentFrequency: 'monthly',
      paymentTiming: null,
    })
    expect(f.councilWeekly.pence).toBeNull()
    expect(f.eachPayment).toEqual({ label: 'Each council payment (every month)', pence: null })
    expect(f.contributionEachPeriod).toBeNull()
  })

  it('no contribution: the council pays the whole budget on either basis', () => {
    for (const basis of ['gross', 'net']) {
      const f = budgetFigures({
        weeklyGrossPence: 42000,
        weeklyContributionPence: 0,
        paymentBasis: basis,
        paymentFrequency: 'weekly',
        paymentTiming: 'arrears',
      })
      expect(f.councilWeekly.pence).toBe(42000)
      expect(f.contributionEachPeriod).toBeNull()
    }
  })
})
