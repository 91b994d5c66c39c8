import { describe, expect, it } from 'vitest'
import {
  indexedForm,
  isOneEditApart,
  isTypoOf,
  namePrefixQuery,
  nameSearchWords,
  typoQuery,
  typoTermRange,
} from './name-search-rules'

describe('typed names', () => {
  it('keep an Arabic word whole: alef with hamza is folded, not split off', () => {
    // Decomposing first (NFKD) made "ا" + a lone hamza + "حمد": two words, and nobody found.
    expect(nameSearchWords('أحمد')).toEqual(['احمد'])
    expect(nameSearchWords('إبراهيم خان')).toEqual(['ابراهيم', 'خان'])
    expect(nameSearchWords('مُحَمَّد')).toEqual(['محمد'])
  })

  it('keep combining marks inside a word (Devanagari vowel signs, decomposed accents)', () => {
    expect(nameSearchWords('राम शर्मा')).toEqual(['राम', 'शर्मा'])
    expect(nameSearchWords('Zoe\u0308')).toEqual(['Zoë'])
  })

  it('keep Hangul syllables and Chinese characters as typed', () => {
    expect(nameSearchWords('김민준')).toEqual(['김민준'])
    expect(nameSearchWords('王小明')).toEqual(['王小明'])
  })

  it('split on spaces and punctuation, and make every word a prefix', () => {
    expect(nameSearchWords("  o'brien-smith ")).toEqual(['o', 'brien', 'smith'])
    expect(namePrefixQuery('jo smi')).toBe('"jo"* "smi"*')
    expect(namePrefixQuery('Łukasz')).toBe('"lukasz"*')
    expect(namePrefixQuery(' - ')).toBeNull()
    expect(nameSearchWords('a b c d e f g h')).toHaveLength(6)
  })
})

describe('one typo', () => {
  it.each([
    ['atkinsen', 'atkinson'], // a letter changed
    ['atkinon', 'atkinson'], // left out
    ['atkinsson', 'atkinson'], // added
    ['atkisnon', 'atkinson'], // two neighbours swapped
    ['jhon', 'john'],
    ['smyth', 'smith'],
    ['abc', 'abcd'],
    ['ahmd', 'ahmed'],
    ['محمد', 'احمد'],
  ])('%s is one edit from %s', (a, b) => {
    expect(isOneEditApart(a, b)).toBe(true)
    expect(isOneEditApart(b, a)).toBe(true)
  })

  it.each([
    ['atkinson', 'atkinson'], // the same
    ['atkinsen', 'atkimson'], // two changes
    ['atkin', 'atkinson'],
    ['abcd', 'badc'],
    ['abcd', 'acdb'],
    ['محمد', 'احمدي'],
  ])('%s is not one edit from %s', (a, b) => {
    expect(isOneEditApart(a, b)).toBe(false)
  })

  it('counts letters, not UTF-16 units', () => {
    expect(isOneEditApart('𠮷田', '吉田')).toBe(true)
    expect(isOneEditApart('a𠮷', 'a')).toBe(true)
  })

  it('lets the last word be unfinished, but not the others', () => {
    expect(isTypoOf('atkinse', 'atkinson', true)).toBe(true)
    expect(isTypoOf('atkinse', 'atkinson', false)).toBe(false)
    expect(isTypoOf('atkinsen', 'atkinson', false)).toBe(true)
    // A word the typed letters already start is found without a typo.
    expect(isTypoOf('atkin', 'atkinson', true)).toBe(false)
  })

  it('looks for near spellings only among words with the same first letter, and not for short words', () => {
    expect(typoTermRange('atkinsen')).toEqual({ from: 'a', below: 'b' })
    expect(typoTermRange('احمد')).toEqual({ from: 'ا', below: '\u0628' })
    expect(typoTermRange('𠮷田太郎')).toEqual({ from: '𠮷', below: '𠮸' })
    expect(typoTermRange('jon')).toBeNull()
  })

  it('compares spellings as the index stores them', () => {
    expect(indexedForm('Zoë')).toBe('zoe')
    expect(indexedForm('ŁUKASZ')).toBe('lukasz')
    expect(indexedForm('Γιώργος')).toBe('γιωργοσ')
    expect(indexedForm('İsmail')).toBe('ismail')
  })

  it('builds a search where each word may be one of its near spellings', () => {
    expect(typoQuery(['jo', 'atkinsen'], [[], ['atkinson', 'atkinsan']])).toBe(
      '"jo"* AND ("atkinsen"* OR "atkinson" OR "atkinsan")',
    )
    expect(typoQuery(['jo', 'atkinsen'], [[], []])).toBeNull()
  })
})
