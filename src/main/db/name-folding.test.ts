import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, describe, expect, it } from 'vitest'
import { foldName, foldNameSql, NAME_FOLDS } from './name-folding'

describe('name folds', () => {
  const sqlite = new Database(':memory:')
  afterAll(() => sqlite.close())
  const inSql = (text: string) =>
    sqlite
      .prepare(`SELECT ${foldNameSql('?')} AS folded`)
      .pluck()
      .get(text)

  it('fold the same in SQL (the index) as in code (what is typed)', () => {
    const every = NAME_FOLDS.map(([from]) => from).join(' ')
    expect(inSql(every)).toBe(foldName(every))
    for (const name of ["Łukasz O'Brien", 'Γιώργος', 'مُحَمَّد', 'Ørsted-Straße', 'Ёлкин', '']) {
      expect(inSql(name), name).toBe(foldName(name))
    }
  })

  it('fold what staff type to how it is usually written', () => {
    expect(foldName('أحمد')).toBe('احمد')
    expect(foldName('إبراهيم آمنة')).toBe('ابراهيم امنه')
    expect(foldName('مُحَمَّد')).toBe('محمد')
    expect(foldName('مـحـمـد')).toBe('محمد')
    expect(foldName('Łukasz Størmer Straße')).toBe('lukasz Stormer Strasse')
    expect(foldName('Γιώργος')).toBe('Γιωργοσ')
    expect(foldName('Фёдор')).toBe('Федор')
  })

  it('leave letters that are not folded alone', () => {
    expect(foldName('Margaret Okafor 王小明 김민준 राम')).toBe('Margaret Okafor 王小明 김민준 राम')
  })

  it('quote text safely in SQL', () => {
    expect(foldNameSql('x')).not.toContain("'''")
    expect(inSql("'")).toBe("'")
  })
})
