import { describe, expect, it } from 'vitest'
import {
  agoInWords,
  dueInWords,
  relativeInWords,
  reviewWeeksFrom,
  waitedInWords,
} from './overview-words'

describe('plans overview words', () => {
  const today = '2026-11-25'

  it('says when a review is due', () => {
    expect(dueInWords('2026-11-22', today)).toBe('overdue by 3 days')
    expect(dueInWords('2026-11-24', today)).toBe('overdue by 1 day')
    expect(dueInWords(today, today)).toBe('today')
    expect(dueInWords('2026-11-26', today)).toBe('tomorrow')
    expect(dueInWords('2026-11-30', today)).toBe('in 5 days')
  })

  it('says how long ago and how long a plan has waited', () => {
    expect(agoInWords(today, today)).toBe('today')
    expect(agoInWords('2026-11-24', today)).toBe('yesterday')
    expect(agoInWords('2026-11-13', today)).toBe('12 days ago')
    expect(waitedInWords(today, today)).toBe('less than a day')
    expect(waitedInWords('2026-11-24', today)).toBe('1 day')
    expect(relativeInWords('2026-11-20', today)).toBe('5 days ago')
    expect(relativeInWords('2026-12-02', today)).toBe('in 7 days')
  })

  it('reads the review window from the address, falling back to 6 weeks', () => {
    expect(reviewWeeksFrom('12')).toBe(12)
    expect(reviewWeeksFrom('2')).toBe(2)
    expect(reviewWeeksFrom('5')).toBe(6)
    expect(reviewWeeksFrom(null)).toBe(6)
  })
})
