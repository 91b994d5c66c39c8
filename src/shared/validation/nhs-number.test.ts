import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatNhsNumber,
  isValidNhsNumber,
  nhsCheckDigit,
  nhsNumberProblem,
  normaliseNhsNumber,
} from './nhs-number'

/** The modulus 11 check written out a second way, so the tests do not just repeat the code. */
function expectedCheck(firstNine: string): number {
  const weights = [10, 9, 8, 7, 6, 5, 4, 3, 2]
  const sum = weights.reduce((total, w, i) => total + w * Number(firstNine.charAt(i)), 0)
  const remainder = sum % 11
  return remainder === 0 ? 0 : 11 - remainder // 10 when remainder is 1
}

const WRONG_LENGTH = 'An NHS number has 10 digits.'
const WRONG_CHECK = "That NHS number's check digit is wrong: please check it."

describe('NHS numbers', () => {
  it('accepts known valid numbers, however they are spaced', () => {
    for (const text of [
      '9434765919',
      '4010232137',
      '943 476 5919',
      '943-476-5919',
      ' 401 023 2137 ',
      '9449305552',
    ]) {
      expect(isValidNhsNumber(text), text).toBe(true)
      expect(nhsNumberProblem(text), text).toBeNull()
    }
  })

  it('refuses a wrong check digit', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false)
    expect(isValidNhsNumber('4010232138')).toBe(false)
    expect(nhsNumberProblem('943 476 5918')).toBe(WRONG_CHECK)
  })

  it('refuses the wrong length and letters', () => {
    for (const text of [
      '',
      '943476591',
      '94347659190',
      '943476591A',
      'ABCDEFGHIJ',
      '943.476.5919',
    ]) {
      expect(isValidNhsNumber(text), text).toBe(false)
      expect(normaliseNhsNumber(text), text).toBeNull()
      expect(nhsNumberProblem(text), text).toBe(WRONG_LENGTH)
    }
  })

  it('never accepts nine digits whose check digit would be 10', () => {
    // 2 × weight 6 = 12, and 12 mod 11 = 1, so the check digit would be 11 − 1 = 10.
    const prefix = '000020000'
    expect(expectedCheck(prefix)).toBe(10)
    expect(nhsCheckDigit(prefix)).toBeNull()
    for (let d = 0; d <= 9; d++) {
      expect(isValidNhsNumber(prefix + d), prefix + d).toBe(false)
      expect(nhsNumberProblem(prefix + d)).toBe(WRONG_CHECK)
    }
  })

  it('turns a check of 11 into 0', () => {
    expect(expectedCheck('000000000')).toBe(0)
    expect(isValidNhsNumber('0000000000')).toBe(true)
  })

  it('has exactly one valid completion per prefix, matching the formula; none when it gives 10', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (prefix) => {
        const valid = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => isValidNhsNumber(prefix + d))
        const check = expectedCheck(prefix)
        if (check === 10) {
          expect(valid).toEqual([])
          expect(nhsCheckDigit(prefix)).toBeNull()
        } else {
          expect(valid).toEqual([check])
          expect(nhsCheckDigit(prefix)).toBe(check)
        }
      }),
      { numRuns: 3000 },
    )
  })

  it('finds the prefixes that give 10 often enough to matter (about 1 in 11)', () => {
    let tens = 0
    for (let n = 0; n < 11_000; n++) {
      if (
        nhsCheckDigit(
          String(n * 9091)
            .padStart(9, '0')
            .slice(-9),
        ) === null
      )
        tens++
    }
    expect(tens).toBeGreaterThan(500)
  })

  it('formats as 3-3-4', () => {
    expect(formatNhsNumber('9434765919')).toBe('943 476 5919')
    expect(formatNhsNumber('943-476-5919')).toBe('943 476 5919')
    expect(formatNhsNumber(' 12345 ')).toBe('12345')
  })

  it('normalises to the bare digits and round-trips through the format', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{10}$/), (digits) => {
        expect(normaliseNhsNumber(formatNhsNumber(digits))).toBe(digits)
      }),
    )
  })
})
