import { describe, expect, it } from 'vitest'
import { csvAmountToPence, decimalToPence, formatPounds } from './statement-money'

const pence = (r: ReturnType<typeof decimalToPence>) => (r.ok ? r.pence : r.problem)

describe('decimalToPence (OFX, QIF, CAMT amounts)', () => {
  it('reads amounts exactly, whatever their decimals', () => {
    expect(pence(decimalToPence('-30.000'))).toBe(-3000)
    expect(pence(decimalToPence('-3.77000'))).toBe(-377)
    expect(pence(decimalToPence('120'))).toBe(12000)
    expect(pence(decimalToPence('-35.5'))).toBe(-3550)
    expect(pence(decimalToPence('.5'))).toBe(50)
    expect(pence(decimalToPence('0.29'))).toBe(29)
    expect(pence(decimalToPence('-0.00'))).toBe(0)
  })

  it('refuses a part of a penny, a currency sign and anything that is not a number', () => {
    expect(pence(decimalToPence('-3.775'))).toBe('-3.775 is not a whole number of pence')
    expect(decimalToPence('$120').ok).toBe(false)
    expect(decimalToPence('1e3').ok).toBe(false)
    expect(decimalToPence('').ok).toBe(false)
    expect(decimalToPence('99999999999999999999').ok).toBe(false)
  })
})

describe('csvAmountToPence (UK bank CSVs)', () => {
  it('reads pound signs, thousands separators, CR/DR suffixes and brackets', () => {
    expect(pence(csvAmountToPence('£1,234.56'))).toBe(123456)
    expect(pence(csvAmountToPence('-£10.99'))).toBe(-1099)
    expect(pence(csvAmountToPence('£-10.99'))).toBe(-1099)
    expect(pence(csvAmountToPence('12.00 CR'))).toBe(1200)
    expect(pence(csvAmountToPence('12.00DR'))).toBe(-1200)
    expect(pence(csvAmountToPence('3,341.80 OD'))).toBe(-334180)
    expect(pence(csvAmountToPence('(12.00)'))).toBe(-1200)
    expect(pence(csvAmountToPence('1,234.56-'))).toBe(-123456)
  })

  it('refuses what it cannot be sure of', () => {
    for (const text of ['€10.00', '1,23.45', '--5', '-12.00 DR', '12.345', 'abc', '£', '1.2.3']) {
      expect(csvAmountToPence(text).ok, text).toBe(false)
    }
  })

  it('formats pence for messages', () => {
    expect(formatPounds(-123456)).toBe('-£1,234.56')
  })
})
