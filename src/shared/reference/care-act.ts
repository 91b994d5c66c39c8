/**
 * The two fixed legal lists a support plan links its outcomes to (domain.md §2.1, §2.2). `label` is the
 * exact statutory wording (lower case, as in the Act); `short` is a few plain words for chips and tables.
 * They have no CLD spelling, so r1 and r2 are null.
 */
import { defineCodeList, type CodeItem, type CodeList, type CodeOf } from './code-list'

/** A code item with a short plain name for chips. */
export interface ShortCodeItem extends CodeItem {
  readonly short: string
}

/** A code list whose items carry `short`. */
export type ShortCodeList<C extends string = string> = CodeList<C, ShortCodeItem>

/** Care Act 2014 s.1(2): the nine areas of well-being, in no order of priority [CAREACT-S1]. */
export const WellbeingAreas = defineCodeList<
  'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i',
  ShortCodeItem
>('Care Act wellbeing areas', [
  {
    code: 'a',
    label: 'personal dignity (including treatment of the individual with respect)',
    short: 'Dignity',
    r1: null,
    r2: null,
  },
  {
    code: 'b',
    label: 'physical and mental health and emotional well-being',
    short: 'Health and emotional well-being',
    r1: null,
    r2: null,
  },
  {
    code: 'c',
    label: 'protection from abuse and neglect',
    short: 'Safe from abuse and neglect',
    r1: null,
    r2: null,
  },
  {
    code: 'd',
    label:
      'control by the individual over day-to-day life (including over care and support, or support, provided to the individual and the way in which it is provided)',
    short: 'Control over daily life',
    r1: null,
    r2: null,
  },
  {
    code: 'e',
    label: 'participation in work, education, training or recreation',
    short: 'Work, learning and leisure',
    r1: null,
    r2: null,
  },
  {
    code: 'f',
    label: 'social and economic well-being',
    short: 'Social and economic well-being',
    r1: null,
    r2: null,
  },
  {
    code: 'g',
    label: 'domestic, family and personal relationships',
    short: 'Relationships',
    r1: null,
    r2: null,
  },
  {
    code: 'h',
    label: 'suitability of living accommodation',
    short: 'Suitable home',
    r1: null,
    r2: null,
  },
  {
    code: 'i',
    label: "the individual's contribution to society",
    short: 'Contribution to society',
    r1: null,
    r2: null,
  },
])
export type WellbeingAreaCode = CodeOf<typeof WellbeingAreas>

/**
 * Care and Support (Eligibility Criteria) Regulations 2015 reg 2(2): the ten specified outcomes
 * [LEG-ELIG]. An adult's needs are eligible when, because of an impairment or illness, they cannot
 * achieve two or more of these, with a significant impact on well-being (reg 2(1)).
 */
export const EligibilityOutcomes = defineCodeList<
  'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j',
  ShortCodeItem
>('Eligibility outcomes', [
  {
    code: 'a',
    label: 'managing and maintaining nutrition',
    short: 'Nutrition',
    r1: null,
    r2: null,
  },
  {
    code: 'b',
    label: 'maintaining personal hygiene',
    short: 'Personal hygiene',
    r1: null,
    r2: null,
  },
  { code: 'c', label: 'managing toilet needs', short: 'Toilet needs', r1: null, r2: null },
  {
    code: 'd',
    label: 'being appropriately clothed',
    short: 'Dressing',
    r1: null,
    r2: null,
  },
  {
    code: 'e',
    label: "being able to make use of the adult's home safely",
    short: 'Using the home safely',
    r1: null,
    r2: null,
  },
  {
    code: 'f',
    label: 'maintaining a habitable home environment',
    short: 'Habitable home',
    r1: null,
    r2: null,
  },
  {
    code: 'g',
    label: 'developing and maintaining family or other personal relationships',
    short: 'Relationships',
    r1: null,
    r2: null,
  },
  {
    code: 'h',
    label: 'accessing and engaging in work, training, education or volunteering',
    short: 'Work, training, education, volunteering',
    r1: null,
    r2: null,
  },
  {
    code: 'i',
    label:
      'making use of necessary facilities or services in the local community including public transport, and recreational facilities or services',
    short: 'Community facilities and transport',
    r1: null,
    r2: null,
  },
  {
    code: 'j',
    label: 'carrying out any caring responsibilities the adult has for a child',
    short: 'Caring for a child',
    r1: null,
    r2: null,
  },
])
export type EligibilityOutcomeCode = CodeOf<typeof EligibilityOutcomes>
