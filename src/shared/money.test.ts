import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatPence,
  parsePounds,
  pence,
  penceToDecimal,
  periodToWeekly,
  sumPence,
  weeklyToPeriod,
} from './money'

describe('money', () => {
  it('reads amounts people type, exactly', () => {
    expect(parsePounds('420')).toBe(42000)
    expect(parsePounds('420.5')).toBe(42050)
    expect(parsePounds('£1,538.00')).toBe(153800)
    expect(parsePounds('-12.34')).toBe(-1234)
    expect(parsePounds('0.01')).toBe(1)
  })

  it('refuses what is not an amount rather than rounding it', () => {
    for (const bad of ['', 'abc', '1.234', '1,23.00', '£', '12.3.4', '1e5']) {
      expect(parsePounds(bad), bad).toBeNull()
    }
  })

  it('shows pence the en-GB way', () => {
    expect(formatPence(153800)).toBe('£1,538.00')
    expect(formatPence(-5)).toBe('-£0.05')
    expect(penceToDecimal(153800)).toBe('1538.00')
    expect(penceToDecimal(-5)).toBe('-0.05')
  })

  it('round-trips every amount through its decimal text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (p) => {
        expect(parsePounds(penceToDecimal(p))).toBe(p)
      }),
    )
  })

  it('converts frequencies with exact fractions, rounding once', () => {
    expect(weeklyToPeriod(pence(42000), 'monthly')).toBe(182000)
    expect(weeklyToPeriod(pence(42000), '4-weekly')).toBe(168000)
    expect(weeklyToPeriod(pence(100), 'monthly')).toBe(433) // 433.33…
    expect(periodToWeekly(pence(182000), 'monthly')).toBe(42000)
  })

  it('a weekly amount survives the trip to 4-weekly and back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (w) => {
        expect(periodToWeekly(weeklyToPeriod(pence(w), '4-weekly'), '4-weekly')).toBe(w)
      }),
    )
  })

  it('monthly conversion is never more than half a penny from the exact value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), (w) => {
        const monthly = weeklyToPeriod(pence(w), 'monthly')
        expect(Math.abs(monthly * 12 - w * 52)).toBeLessThanOrEqual(6)
      }),
    )
  })

  it('refuses fractions of a penny', () => {
    expect(() => pence(1.5)).toThrow(RangeError)
    expect(sumPence([1, 2, 3])).toBe(6)
  })
})
