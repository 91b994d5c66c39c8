import { describe, expect, it } from 'vitest'
import { readUkDate, ukDateProblem } from './uk-date'

describe('dates typed the en-GB way', () => {
  it('reads day/month/year with any common separator, and ISO dates', () => {
    expect(readUkDate('25/11/2026')).toBe('2026-11-25')
    expect(readUkDate(' 5.1.2026 ')).toBe('2026-01-05')
    expect(readUkDate('2026-11-25')).toBe('2026-11-25')
    expect(readUkDate('')).toBeNull()
  })

  it('says what is wrong with a date it cannot read', () => {
    expect(ukDateProblem('31/02/1980')).toBe(
      '31/02/1980 is not a real date: check the day and the month.',
    )
    expect(ukDateProblem('1/2/85')).toBe('Write the year in full, like 25/11/2026.')
    expect(ukDateProblem('1 Feb 1980')).toBe('Write the date as day/month/year, like 25/11/2026.')
    expect(ukDateProblem('', true)).toBe('Enter the date, like 25/11/2026.')
    expect(ukDateProblem('')).toBeNull()
    expect(ukDateProblem('29/02/2028')).toBeNull()
  })
})
