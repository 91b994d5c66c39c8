import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalisePostcode, postcodeOutward, postcodeProblem, postcodeStarts } from './postcode'

describe('postcodes', () => {
  it.each([
    ['LS1 4AP', 'LS1 4AP'],
    ['ls14ap', 'LS1 4AP'],
    ['  ls1   4ap ', 'LS1 4AP'],
    ['M1 1AE', 'M1 1AE'], // A9 9AA
    ['B33 8TH', 'B33 8TH'], // A99 9AA
    ['CR2 6XH', 'CR2 6XH'], // AA9 9AA
    ['DN55 1PT', 'DN55 1PT'], // AA99 9AA
    ['W1A 0AX', 'W1A 0AX'], // A9A 9AA
    ['EC1A 1BB', 'EC1A 1BB'], // AA9A 9AA
    ['sw1a1aa', 'SW1A 1AA'],
    ['N1C 4AG', 'N1C 4AG'],
    ['BF1 3AD', 'BF1 3AD'],
    ['gir0aa', 'GIR 0AA'],
    ['bfpo 801', 'BFPO 801'],
    ['BFPO57', 'BFPO 57'],
  ])('accepts %j as %s', (text, normal) => {
    expect(normalisePostcode(text)).toBe(normal)
    expect(postcodeProblem(text)).toBeNull()
  })

  it.each([
    'LS1',
    'LS1 4A',
    '12345',
    'LS1 4AP X',
    'L$1 4AP',
    'ABC 1AA', // outward code without a digit
    'LS1 4CP', // C is never used in the inward code
    'LS1 4AO', // nor O (a typed 0?)
    'QS1 4AP', // Q is never first
    'AI1 1AA', // I is never second
    'W1I 0AX', // I is not a third-position letter
    'EC1Z 1BB', // Z is not a fourth-position letter
    'LS123 4AP',
    'BFPO',
    'BFPO 12345',
  ])('refuses %j', (text) => {
    expect(normalisePostcode(text)).toBeNull()
    expect(postcodeProblem(text)).toBe('That is not a UK postcode: check it, for example LS1 4AP.')
  })

  it('asks for a postcode when there is none', () => {
    expect(normalisePostcode('')).toBeNull()
    expect(postcodeProblem('   ')).toBe('Enter a postcode, for example LS1 4AP.')
  })

  it('gives the outward code', () => {
    expect(postcodeOutward('LS1 4AP')).toBe('LS1')
    expect(postcodeOutward('sw1a1aa')).toBe('SW1A')
    expect(postcodeOutward('bfpo 801')).toBe('BFPO')
    expect(postcodeOutward('not a postcode')).toBe('')
  })

  it('normalises the same however it is spaced or cased, and is idempotent', () => {
    const outward = fc.stringMatching(/^[A-PR-UWYZ][A-HK-Y]?[0-9][0-9]?$/)
    const inward = fc.stringMatching(/^[0-9][ABD-HJLNP-UW-Z]{2}$/)
    fc.assert(
      fc.property(
        outward,
        inward,
        fc.boolean(),
        fc.constantFrom('', ' ', '  '),
        (o, i, lower, gap) => {
          const typed = lower ? `${o}${gap}${i}`.toLowerCase() : `${o}${gap}${i}`
          const normal = normalisePostcode(typed)
          expect(normal).toBe(`${o} ${i}`)
          expect(normalisePostcode(normal ?? '')).toBe(normal)
          expect(postcodeOutward(typed)).toBe(o)
        },
      ),
    )
  })

  it.each([
    ['HX5', ['HX5 ']], // a district: HX5 itself, not HX50
    ['hx5', ['HX5 ']],
    [' HX5 ', ['HX5 ']],
    ['HX5 2', ['HX5 2']], // a sector
    ['hx5  2', ['HX5 2']],
    ['hx52', ['HX5 2', 'HX52 ']], // no space: sector 2 of HX5, or district HX52
    ['HX5 2A', ['HX5 2A']],
    ['hx52a', ['HX5 2A']],
    ['M1', ['M1 ']],
    ['sw1a', ['SW1A ']],
    ['SW1A 1', ['SW1A 1']],
  ])('reads the start of a postcode %j as %j', (text, starts) => {
    expect(postcodeStarts(text)).toEqual(starts)
  })

  it.each([
    '', // nothing typed
    'HX', // an area alone reads as a name ("Hx…")
    'jo', // a name
    'atkinson',
    '123', // a reference
    'HX5 2AB', // a whole postcode is looked up as one
    'hx52ab',
    'HX5 2C', // C is never in the inward code
    'HX5 A', // the inward code starts with its digit
    'QX5', // Q is never first
    "o'brien",
    'HX5 2 3',
  ])('does not read %j as the start of a postcode', (text) => {
    expect(postcodeStarts(text)).toEqual([])
  })
})
