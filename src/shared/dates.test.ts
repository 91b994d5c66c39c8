import { describe, expect, it } from 'vitest'
import { addDays, addMonths, daysBetween, formatDate, isIsoDate, localIsoDate } from './dates'

describe('dates', () => {
  it('knows real calendar dates', () => {
    expect(isIsoDate('2026-11-25')).toBe(true)
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2026-02-29')).toBe(false)
    expect(isIsoDate('25/11/2026')).toBe(false)
  })
  it('adds days and months, clamping month ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59)
  })
  it('"today" is the local calendar date, not the UTC one', () => {
    expect(localIsoDate(new Date(2026, 6, 1, 0, 30))).toBe('2026-07-01')
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
  })
  it('shows dates en-GB', () => {
    expect(formatDate('2026-11-25')).toBe('25/11/2026')
    expect(formatDate(null)).toBe('')
  })
})
