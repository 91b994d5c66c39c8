import { describe, expect, it } from 'vitest'
import { parseDate, possibleOrders } from './statement-dates'

describe('parseDate', () => {
  it('reads the date styles UK banks write', () => {
    expect(parseDate('04/04/2025', 'dmy')).toBe('2025-04-04')
    expect(parseDate('4/5/25', 'dmy')).toBe('2025-05-04')
    expect(parseDate('04 Apr 2025', 'dmy')).toBe('2025-04-04')
    expect(parseDate('04-Apr-25', 'dmy')).toBe('2025-04-04')
    expect(parseDate('4 September 2025', 'dmy')).toBe('2025-09-04')
    expect(parseDate('2025-04-04', 'dmy')).toBe('2025-04-04')
    expect(parseDate('2025.12.04', 'mdy')).toBe('2025-12-04')
    expect(parseDate('20250404', 'dmy')).toBe('2025-04-04')
    expect(parseDate('01/23/2019', 'mdy')).toBe('2019-01-23')
    expect(parseDate("1/2'05", 'mdy')).toBe('2005-01-02')
  })

  it('says null for a day that does not exist, and undefined for text that is not a date', () => {
    expect(parseDate('31/02/2025', 'dmy')).toBeNull()
    expect(parseDate('29/02/2023', 'dmy')).toBeNull()
    expect(parseDate('29/02/2024', 'dmy')).toBe('2024-02-29')
    expect(parseDate('31 Jun 2025', 'dmy')).toBeNull()
    expect(parseDate('04 Foo 2025', 'dmy')).toBeNull()
    expect(parseDate('yesterday', 'dmy')).toBeUndefined()
    expect(parseDate('12/2025', 'dmy')).toBeUndefined()
  })
})

describe('possibleOrders', () => {
  it('works out the order from a day over 12, or leaves both when none says', () => {
    expect(possibleOrders(['01/23/2019', '01/05/2019'])).toEqual(['mdy'])
    expect(possibleOrders(['23/01/2019', '01/05/2019'])).toEqual(['dmy'])
    expect(possibleOrders(['01/05/2019', '03/04/2019'])).toEqual(['dmy', 'mdy'])
    expect(possibleOrders(['2019-05-01', '04 Apr 2025'])).toEqual(['ymd'])
  })
})
