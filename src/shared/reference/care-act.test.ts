import { describe, expect, it } from 'vitest'
import { codesOf, findCode, labelOf } from './code-list'
import { EligibilityOutcomes, WellbeingAreas } from './care-act'

describe('Care Act lists (domain.md §2)', () => {
  it('has the nine wellbeing areas (a)–(i) and the ten eligibility outcomes (a)–(j)', () => {
    expect(codesOf(WellbeingAreas)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'])
    expect(codesOf(EligibilityOutcomes)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'])
  })

  it('keeps the exact statutory wording', () => {
    // Copied from domain.md §2.1 and §2.2 (Care Act 2014 s.1(2); SI 2015/313 reg 2(2)).
    expect(labelOf(WellbeingAreas, 'a')).toBe(
      'personal dignity (including treatment of the individual with respect)',
    )
    expect(labelOf(WellbeingAreas, 'd')).toBe(
      'control by the individual over day-to-day life (including over care and support, or support, provided to the individual and the way in which it is provided)',
    )
    expect(labelOf(WellbeingAreas, 'i')).toBe("the individual's contribution to society")
    expect(labelOf(EligibilityOutcomes, 'e')).toBe(
      "being able to make use of the adult's home safely",
    )
    expect(labelOf(EligibilityOutcomes, 'i')).toBe(
      'making use of necessary facilities or services in the local community including public transport, and recreational facilities or services',
    )
    expect(labelOf(EligibilityOutcomes, 'j')).toBe(
      'carrying out any caring responsibilities the adult has for a child',
    )
  })

  it('gives each item a short name for chips', () => {
    for (const item of [...WellbeingAreas.items, ...EligibilityOutcomes.items]) {
      expect(item.short.length).toBeGreaterThan(0)
      expect(item.short.length).toBeLessThanOrEqual(40)
      expect(item.r1).toBeNull()
      expect(item.r2).toBeNull()
    }
    expect(WellbeingAreas.items[0]?.short).toBe('Dignity')
    expect(new Set(WellbeingAreas.items.map((i) => i.short)).size).toBe(9)
    expect(new Set(EligibilityOutcomes.items.map((i) => i.short)).size).toBe(10)
  })

  it('reads the wording back to the letter', () => {
    expect(findCode(WellbeingAreas, 'Suitability of living accommodation')).toBe('h')
    expect(findCode(EligibilityOutcomes, 'B')).toBe('b')
  })
})
