import * as english from '@zxcvbn-ts/language-en'
import { describe, expect, it } from 'vitest'
import { judgePassword } from './password-policy'
import { ukPasswordWords } from './password-words'

/** Passwords that draw most of zxcvbn's warnings and suggestions between them. */
const WEAK = [
  'Password1',
  'PASSWORD12',
  'Summer2024Summer2024',
  'Margaret1948',
  'qwertyuiop',
  'abcdefghij1',
  'P@ssw0rd2024',
  'drowssap123',
  'aaaaaaaaaaaa',
]

describe('password feedback', () => {
  it('is in UK English, and says each thing once', () => {
    const said: string[] = []
    for (const password of WEAK) {
      const judgement = judgePassword(password, ['Margaret Okafor'])
      expect(judgement.isAcceptable, password).toBe(false)
      const lines = [judgement.reason ?? '', ...judgement.suggestions]
      said.push(...lines)
      expect(new Set(judgement.suggestions).size, password).toBe(judgement.suggestions.length)
      for (const line of lines) {
        expect(line, password).not.toMatch(/Capitaliz|[a-z]ize\b|[a-z]izing\b|\bcolor|\bfavorite/i)
      }
    }
    // The checks above saw real feedback, including the advice that used to say "Capitalize".
    expect(said.some((line) => /capital/i.test(line))).toBe(true)
  })

  it('has a UK wording for every message zxcvbn can give', () => {
    for (const part of ['warnings', 'suggestions', 'timeEstimation'] as const) {
      expect(Object.keys(ukPasswordWords[part]).sort()).toEqual(
        Object.keys(english.translations[part]).sort(),
      )
    }
  })
})
