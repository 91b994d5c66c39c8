import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  escapeUnprintable,
  findUnsafeCharacter,
  normaliseLineBreaks,
  unsafeTextProblem,
  UNSAFE_CHARACTERS,
} from './unsafe-characters'

describe('unsafe characters', () => {
  it('finds C0, DEL, C1, direction marks, invisibles and lone surrogates, with their position', () => {
    const cases: [string, number, string][] = [
      ['Ann\u001b[31m', 0x1b, 'control'],
      ['Ding\u0007', 0x07, 'control'],
      ['a\u007fb', 0x7f, 'control'],
      ['a\u009bb', 0x9b, 'control'],
      ['invoice\u202Efdp.exe', 0x202e, 'direction'],
      ['a\u2067b', 0x2067, 'direction'],
      ['a\u061Cb', 0x061c, 'direction'],
      ['Ann\u200BBloggs', 0x200b, 'invisible'],
      ['a\uFEFFb', 0xfeff, 'invisible'],
      ['a\u2028b', 0x2028, 'line-break'],
      ['a\u000Bb', 0x0b, 'line-break'],
      ['a\u0085b', 0x85, 'line-break'],
      ['a\uD800b', 0xd800, 'broken'],
      ['two\nlines', 0x0a, 'line-break'],
      ['a\rb', 0x0d, 'line-break'],
      ['a\tb', 0x09, 'tab'],
    ]
    for (const [text, codePoint, kind] of cases) {
      expect(findUnsafeCharacter(text, 'single-line'), text).toEqual({
        codePoint,
        kind,
        index: text.indexOf(String.fromCharCode(codePoint)),
      })
    }
  })

  it('lets through ordinary text of every script, accents and emoji (a surrogate pair is whole)', () => {
    for (const text of [
      'Zoë Ó Súilleabháin',
      'Łukasz Żółć',
      'محمد',
      'שרה',
      '陈伟',
      'Ann 😀',
      '£5 — “ok”',
    ]) {
      expect(findUnsafeCharacter(text, 'single-line'), text).toBeNull()
    }
  })

  it('keeps line feeds, tabs and emoji joiners in multi-line text, nothing else', () => {
    expect(
      findUnsafeCharacter('one\ntwo\tthree 👩\u200D👩\u200D👧 \u200C', 'multi-line'),
    ).toBeNull()
    expect(findUnsafeCharacter('one\ntwo\u001b', 'multi-line')?.codePoint).toBe(0x1b)
    expect(findUnsafeCharacter('one\rtwo', 'multi-line')?.kind).toBe('line-break')
    expect(findUnsafeCharacter('Ann\u200DBloggs', 'single-line')?.kind).toBe('invisible')
  })

  it('names the field and the character, in words someone can act on', () => {
    expect(unsafeTextProblem('First name', 'Ann\u001b', 'single-line')).toBe(
      'First name contains a control character (U+001B); remove it.',
    )
    expect(unsafeTextProblem('Town', 'Leeds\nWest', 'single-line')).toBe(
      'Town must be on one line; remove the line break (U+000A).',
    )
    expect(unsafeTextProblem('Note', 'fine\nthen \u202Eodd', 'multi-line')).toBe(
      'Note contains an invisible text-direction character (U+202E); remove it.',
    )
    expect(unsafeTextProblem('Note', 'fine', 'multi-line')).toBeNull()
  })

  it('makes every line break a line feed', () => {
    expect(normaliseLineBreaks('a\r\nb\rc\nd\u2028e\u2029f\u000Bg\u000Ch\u0085i')).toBe(
      'a\nb\nc\nd\ne\nf\ng\nh\ni',
    )
  })

  it('writes unsafe characters as visible escapes', () => {
    expect(escapeUnprintable('Ann\u001b[31mRed\u0007', { keepLineBreaks: false })).toBe(
      'Ann\\x1b[31mRed\\x07',
    )
    expect(escapeUnprintable('a\u202Eb\u0085c\u200Bd', { keepLineBreaks: false })).toBe(
      'a\\u{202E}b\\x85c\\u{200B}d',
    )
    expect(escapeUnprintable('one\r\ntwo\tx', { keepLineBreaks: false })).toBe('one\\r\\ntwo\\tx')
    expect(escapeUnprintable('one\r\ntwo\tx', { keepLineBreaks: true })).toBe('one\ntwo\\tx')
    expect(escapeUnprintable('one\ttwo', { keepLineBreaks: true, keepTabs: true })).toBe('one\ttwo')
  })

  it('leaves nothing unsafe after escaping, keeps safe text as it is, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.boolean(), (text, keepLineBreaks) => {
        const once = escapeUnprintable(text, { keepLineBreaks })
        const left = [...once.matchAll(UNSAFE_CHARACTERS)].map((m) => m[0])
        expect(left.every((c) => keepLineBreaks && c === '\n')).toBe(true)
        expect(escapeUnprintable(once, { keepLineBreaks })).toBe(once)
        if (!findUnsafeCharacter(text, 'single-line')) expect(once).toBe(text)
      }),
    )
  })
})
