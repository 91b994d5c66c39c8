import fc from 'fast-check'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { z } from 'zod'
import * as reference from './index'
import {
  codesOf,
  defineCodeList,
  findCode,
  isCode,
  labelOf,
  matchKey,
  toR1,
  toR2,
  type CodeItem,
  type CodeList,
} from './code-list'
import { Ethnicity, Gender, type GenderCode } from './cld'
import { WellbeingAreas } from './care-act'

function isCodeList(value: unknown): value is CodeList {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    'items' in value &&
    Array.isArray((value as CodeList).items)
  )
}

/** Every code list the reference index exports, so a new list is covered without editing this file. */
const ALL_LISTS: readonly [string, CodeList][] = Object.entries(
  reference as Record<string, unknown>,
).filter((entry): entry is [string, CodeList] => isCodeList(entry[1]))

type Field = 'code' | 'label' | 'r1' | 'r2'
const SPELLINGS: readonly { list: CodeList; item: CodeItem; field: Field; text: string }[] =
  ALL_LISTS.flatMap(([, list]) =>
    list.items.flatMap((item) =>
      (['code', 'label', 'r1', 'r2'] as const).flatMap((field) => {
        const text = item[field]
        return text === null ? [] : [{ list, item, field, text }]
      }),
    ),
  )

/** The same text as a person or another system might write it: other case and separators. */
function variant(text: string, upper: readonly boolean[], separator: string): string {
  return [...text]
    .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase()))
    .join('')
    .replaceAll(' ', separator)
}

describe('code lists', () => {
  it('finds all the lists the brief names', () => {
    const names = ALL_LISTS.map(([name]) => name)
    for (const expected of [
      'Gender',
      'Ethnicity',
      'PrimarySupportReason',
      'AccommodationStatus',
      'EmploymentStatus',
      'HasUnpaidCarer',
      'ClientType',
      'ServiceComponent',
      'DeliveryMechanism',
      'CostFrequency',
      'ReviewReason',
      'ReviewOutcomesAchieved',
      'MethodOfReview',
      'EventOutcome',
      'WellbeingAreas',
      'EligibilityOutcomes',
      'ReferralSource',
      'CaseNoteKind',
      'CircleKind',
      'LegalRole',
      'ProviderType',
      'ContactMethod',
      'PersonStatus',
      'ManagementForm',
      'PaymentFrequency',
      'PaymentBasis',
      'PaymentTiming',
      'PlanStatus',
      'PanelDecision',
      'ConsentPurpose',
    ]) {
      expect(names, expected).toContain(expected)
    }
  })

  it.each(ALL_LISTS)('%s has unique kebab-case codes and a label for each', (_name, list) => {
    const codes = list.items.map((i) => i.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const item of list.items) {
      expect(item.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      expect(item.label.trim()).not.toBe('')
      expect(item.label).toBe(item.label.trim())
    }
    expect(codesOf(list)).toEqual(codes)
  })

  it.each(ALL_LISTS)(
    '%s reads every code, label and R1 spelling back to its own item',
    (_n, list) => {
      for (const item of list.items) {
        for (const text of [item.code, item.label, item.r1]) {
          if (text !== null) expect(findCode(list, text), text).toBe(item.code)
        }
      }
    },
  )

  it.each(ALL_LISTS)(
    '%s reads every R2 spelling back to an item with that R2 spelling',
    (_n, list) => {
      for (const item of list.items) {
        if (item.r2 === null) continue
        const found = findCode(list, item.r2)
        expect(found, item.r2).not.toBeNull()
        expect(toR2(list, found ?? '')).toBe(item.r2)
      }
    },
  )

  it('finds every item by code, label, R1 and R2 however it is cased and separated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLINGS),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
        fc.constantFrom(' ', '  ', '-', ' - ', ':', ': ', '_', '', '\u2013', '\t'),
        ({ list, item, field, text }, upper, separator) => {
          const found = findCode(list, `  ${variant(text, upper, separator)} `)
          if (field === 'r2') {
            expect(found).not.toBeNull()
            expect(toR2(list, found ?? '')).toBe(item.r2)
          } else {
            expect(found).toBe(item.code)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('round-trips between R1 and R2 spellings through the code', () => {
    for (const [, list] of ALL_LISTS) {
      for (const item of list.items) {
        if (item.r1 !== null) expect(toR1(list, findCode(list, item.r1) ?? '')).toBe(item.r1)
        if (item.r1 !== null && item.r2 !== null) {
          // R1 → R2 is a function (many-to-one at most) …
          expect(toR2(list, findCode(list, item.r1) ?? '')).toBe(item.r2)
          // … and R2 → R1 → R2 comes back to the same R2 spelling.
          const back = toR1(list, findCode(list, item.r2) ?? '')
          if (back !== null) expect(toR2(list, findCode(list, back) ?? '')).toBe(item.r2)
        }
      }
    }
  })

  it('finds nothing for text that is no spelling of any item', () => {
    expect(findCode(Gender, 'Mail')).toBeNull()
    expect(findCode(Gender, '')).toBeNull()
    expect(findCode(Gender, ' - : ')).toBeNull()
    expect(findCode(Ethnicity, 'White')).toBeNull()
  })

  it('matches the R1 and R2 spellings of the same ethnicity', () => {
    expect(findCode(Ethnicity, 'White - English, Welsh, Scottish, Northern Irish or British')).toBe(
      'white-british',
    )
    expect(findCode(Ethnicity, 'white: english, welsh, scottish, northern irish or british')).toBe(
      'white-british',
    )
    expect(findCode(Ethnicity, 'WHITE_BRITISH')).toBe('white-british')
    expect(toR1(Ethnicity, 'asian-indian')).toBe('Asian or Asian British - Indian')
    expect(toR2(Ethnicity, 'asian-indian')).toBe('Asian or Asian British: Indian')
  })

  it('labels codes for the screen', () => {
    expect(labelOf(Gender, 'female')).toBe('Female')
    expect(labelOf(Gender, null)).toBe('')
    expect(labelOf(Gender, undefined)).toBe('')
    expect(labelOf(Gender, 'retired-code')).toBe('retired-code')
    expect(toR1(Gender, 'nope')).toBeNull()
    expect(toR2(Gender, 'nope')).toBeNull()
    expect(toR1(WellbeingAreas, 'a')).toBeNull()
  })

  it('gives codes to zod and narrows them in TypeScript', () => {
    const schema = z.enum(codesOf(Gender))
    expect(schema.parse('male')).toBe('male')
    expect(schema.safeParse('Male').success).toBe(false)
    expectTypeOf(schema.parse('male')).toEqualTypeOf<GenderCode>()
    expectTypeOf(findCode(Gender, 'm')).toEqualTypeOf<GenderCode | null>()
    expectTypeOf(Gender).toEqualTypeOf<CodeList<GenderCode>>()
    expectTypeOf(WellbeingAreas.items[0]?.short).toEqualTypeOf<string | undefined>()
    const value: unknown = 'other'
    if (isCode(Gender, value)) expectTypeOf(value).toEqualTypeOf<GenderCode>()
    expect(isCode(Gender, 'other')).toBe(true)
    expect(isCode(Gender, 'Other')).toBe(false)
    expect(isCode(Gender, 3)).toBe(false)
  })

  it('refuses a badly made list when it is defined', () => {
    const item = { label: 'X', r1: null, r2: null }
    expect(() => defineCodeList('Empty', [])).toThrow(/no items/)
    expect(() =>
      defineCodeList('Twice', [
        { code: 'a', ...item },
        { code: 'a', ...item },
      ]),
    ).toThrow(/repeated/)
    expect(() => defineCodeList('Case', [{ code: 'Not_Kebab', ...item }])).toThrow(/kebab/)
  })

  it('is frozen, so nobody can edit reference data at run time', () => {
    expect(Object.isFrozen(Gender)).toBe(true)
    expect(Object.isFrozen(Gender.items)).toBe(true)
    expect(Object.isFrozen(Gender.items[0])).toBe(true)
  })

  it('ignores case, spaces, dashes, underscores and colons when matching', () => {
    expect(matchKey('Tenant - private landlord')).toBe(matchKey('tenant: Private Landlord'))
    expect(matchKey('NFA - Support ended \u2013 other reason')).toBe('nfasupportendedotherreason')
    expect(matchKey('the individual\u2019s')).toBe(matchKey("the individual's"))
  })
})
