import { describe, expect, it } from 'vitest'
import { codesOf, findCode, toR1, toR2 } from './code-list'
import {
  AccommodationStatus,
  ClientType,
  CostFrequency,
  DeliveryMechanism,
  EmploymentStatus,
  Ethnicity,
  EventOutcome,
  Gender,
  isSubWeekly,
  PrimarySupportReason,
  ReviewReason,
  ServiceComponent,
  SettledAccommodation,
  WEEKLY_FACTOR,
} from './cld'

const distinct = (values: readonly (string | null)[]) =>
  new Set(values.filter((v): v is string => v !== null))

describe('CLD defined lists (domain.md §4(a))', () => {
  it('has the counts domain.md gives', () => {
    expect(Gender.items).toHaveLength(4)
    expect(Ethnicity.items).toHaveLength(21)
    expect(PrimarySupportReason.items).toHaveLength(13)
    expect(AccommodationStatus.items).toHaveLength(20)
    expect(EmploymentStatus.items).toHaveLength(7)
    expect(ClientType.items).toHaveLength(3)
    // Service Component: 24 R1 values, 25 R2 values (Extra care housing is R2 only).
    expect(distinct(ServiceComponent.items.map((i) => i.r1)).size).toBe(24)
    expect(distinct(ServiceComponent.items.map((i) => i.r2)).size).toBe(25)
    // Event Outcome: 19 R1 values, 16 R2 values.
    expect(distinct(EventOutcome.items.map((i) => i.r1)).size).toBe(19)
    expect(distinct(EventOutcome.items.map((i) => i.r2)).size).toBe(16)
    expect(codesOf(CostFrequency)).toEqual([
      'hour',
      'day',
      'session',
      'week',
      'fortnight',
      '4-weeks',
      'month',
      'quarter',
      'year',
      'one-off',
    ])
  })

  it('keeps the exact R1 and R2 strings for spot checks', () => {
    expect(toR1(Ethnicity, 'not-known')).toBe('No data - Undeclared or Not known')
    expect(toR2(Ethnicity, 'not-known')).toBe('No data: Undeclared or not known')
    expect(toR1(PrimarySupportReason, 'support-to-unpaid-carer')).toBe(
      'Social Support: Support to Carer',
    )
    expect(toR2(PrimarySupportReason, 'support-to-unpaid-carer')).toBe(
      'Social support: Support to unpaid carer',
    )
    expect(toR1(ClientType, 'unpaid-carer-by-association')).toBe('Carer known by association')
    expect(toR2(ClientType, 'unpaid-carer-by-association')).toBe(
      'Unpaid carer known by association',
    )
    expect(toR1(DeliveryMechanism, 'cassr-managed-personal-budget')).toBe(
      'CASSR Managed Personal Budget',
    )
    expect(toR1(ServiceComponent, 'professional-support-social-worker')).toBe(
      'Professional Support- Social Worker',
    )
    expect(toR1(EventOutcome, 'nfa-support-ended-other')).toBe(
      'NFA - Support ended \u2013 other reason',
    )
  })

  it('marks the nine settled accommodation statuses', () => {
    expect(SettledAccommodation.size).toBe(9)
    const codes = new Set<string>(codesOf(AccommodationStatus))
    for (const code of SettledAccommodation) expect(codes).toContain(code)
    // The settled ones are the first nine in the CLD order; the rest are not settled.
    expect(
      codesOf(AccommodationStatus)
        .slice(0, 9)
        .every((c) => SettledAccommodation.has(c)),
    ).toBe(true)
    expect(SettledAccommodation.has('rough-sleeper')).toBe(false)
    expect(SettledAccommodation.has('unknown')).toBe(false)
  })

  it('tells the social tenant from the private one', () => {
    expect(findCode(AccommodationStatus, 'Tenant')).toBe('tenant-social')
    expect(findCode(AccommodationStatus, 'Tenant - private landlord')).toBe('tenant-private')
    expect(findCode(AccommodationStatus, 'Tenant: Private landlord')).toBe('tenant-private')
  })

  it('maps Event Outcome R1 values many-to-one onto R2', () => {
    expect(toR2(EventOutcome, 'progress-to-assessment')).toBe(
      'Progress to assessment, review or reassessment',
    )
    expect(toR2(EventOutcome, 'progress-to-reassessment')).toBe(
      'Progress to assessment, review or reassessment',
    )
    expect(toR2(EventOutcome, 'no-change-in-package')).toBe('Continuation of support or services')
    expect(toR2(EventOutcome, 'provision-of-service')).toBe('Continuation of support or services')
    expect(toR2(EventOutcome, 'progress-to-financial-assessment')).toBeNull()
    expect(toR2(EventOutcome, 'progress-to-end-of-life-care')).toBeNull()
    expect(toR1(EventOutcome, 'nfa-referral-within-la')).toBeNull()
    // A shared R2 value reads back as the first of its items.
    expect(findCode(EventOutcome, 'Continuation of support or services')).toBe(
      'no-change-in-package',
    )
    // Dash variants of R1 all land on the same code.
    expect(findCode(EventOutcome, 'NFA - Other')).toBe('nfa-other')
    expect(findCode(EventOutcome, 'NFA-Other')).toBe('nfa-other')
    expect(findCode(EventOutcome, 'NFA: Other')).toBe('nfa-other')
  })

  it('has the R2-only review reason', () => {
    expect(findCode(ReviewReason, 'Review of short term support')).toBe('short-term-support-review')
    expect(toR1(ReviewReason, 'short-term-support-review')).toBeNull()
  })
})

describe('weekly cost conversion (DHSC factors)', () => {
  it('covers every cost frequency and nothing else', () => {
    expect(Object.keys(WEEKLY_FACTOR).sort()).toEqual([...codesOf(CostFrequency)].sort())
  })

  it('uses the DHSC fractions', () => {
    expect(WEEKLY_FACTOR.week).toEqual({ num: 1, den: 1 })
    expect(WEEKLY_FACTOR.fortnight).toEqual({ num: 1, den: 2 })
    expect(WEEKLY_FACTOR['4-weeks']).toEqual({ num: 1, den: 4 })
    expect(WEEKLY_FACTOR.month).toEqual({ num: 12, den: 52 })
    expect(WEEKLY_FACTOR.quarter).toEqual({ num: 4, den: 52 })
    expect(WEEKLY_FACTOR.year).toEqual({ num: 1, den: 52 })
    expect(WEEKLY_FACTOR['one-off']).toBeNull()
    for (const code of ['hour', 'day', 'session'] as const) {
      expect(WEEKLY_FACTOR[code]).toEqual({ num: 1, den: 1 })
    }
  })

  it('gives whole positive integers, so callers can work in exact fractions', () => {
    for (const factor of Object.values(WEEKLY_FACTOR)) {
      if (factor === null) continue
      expect(Number.isInteger(factor.num) && factor.num > 0).toBe(true)
      expect(Number.isInteger(factor.den) && factor.den > 0).toBe(true)
    }
  })

  it('knows which units need planned units per week', () => {
    expect(codesOf(CostFrequency).filter(isSubWeekly)).toEqual(['hour', 'day', 'session'])
    expect(isSubWeekly('Hourly')).toBe(false)
  })
})
