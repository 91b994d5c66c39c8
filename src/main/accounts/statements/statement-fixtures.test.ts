import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStatement } from './statement-reader'
import type { ParsedStatement } from './statement-types'

const FIXTURES = resolve(import.meta.dirname, '../../../../test/fixtures/statements')

function read(name: string): ParsedStatement {
  return readStatement(name, readFileSync(resolve(FIXTURES, name)))
}

const sum = (s: ParsedStatement) => s.lines.reduce((t, l) => t + l.amountPence, 0)

/** One file per built-in layout and format, each with its known lines, total and balances. */
const CASES = [
  {
    file: 'lloyds.csv',
    layout: 'lloyds',
    lines: 4,
    total: 75155,
    opening: 112000,
    closing: 187155,
  },
  { file: 'barclays.csv', layout: 'barclays', lines: 3, total: 132770 },
  {
    file: 'natwest.csv',
    layout: 'natwest',
    lines: 3,
    total: 140000,
    opening: 70000,
    closing: 210000,
  },
  { file: 'hsbc.csv', layout: 'hsbc', lines: 3, total: 69980 },
  {
    file: 'santander.csv',
    layout: 'santander',
    lines: 3,
    total: 38701,
    opening: 50000,
    closing: 88701,
  },
  {
    file: 'nationwide.csv',
    layout: 'nationwide',
    lines: 3,
    total: 25270,
    opening: 100000,
    closing: 125270,
  },
  { file: 'coop.csv', layout: 'coop', lines: 3, total: 43510, opening: 100000, closing: 143510 },
  { file: 'unity.csv', layout: 'unity', lines: 3, total: 233580, opening: 100000, closing: 333580 },
  { file: 'caf.csv', layout: 'caf', lines: 2, total: 5000, opening: 25000, closing: 30000 },
  { file: 'statement-ofx1.ofx', format: 'ofx', lines: 4, total: 73450, closing: 173450 },
  { file: 'statement-ofx2.ofx', format: 'ofx', lines: 3, total: 53880, closing: 53880 },
  { file: 'statement.qif', format: 'qif', lines: 3, total: 99701 },
  {
    file: 'statement-camt053.xml',
    format: 'camt',
    lines: 2,
    total: 58550,
    opening: 50000,
    closing: 108550,
  },
] as const

describe('our own statement fixtures, one per bank layout and format', () => {
  for (const c of CASES) {
    it(`${c.file}: ${c.lines} lines totalling ${c.total} pence`, () => {
      const s = read(c.file)
      if ('layout' in c) expect(s.layout).toBe(c.layout)
      expect(s.format).toBe('format' in c ? c.format : 'csv')
      expect(s.lines).toHaveLength(c.lines)
      expect(sum(s)).toBe(c.total)
      const dates = s.lines.map((l) => l.date)
      expect(dates).toEqual([...dates].sort())
      if ('opening' in c) expect(s.openingBalance?.pence).toBe(c.opening)
      else if (!('closing' in c)) expect(s.openingBalance).toBeUndefined()
      if ('closing' in c) expect(s.closingBalance?.pence).toBe(c.closing)
    })
  }

  it('keeps two identical Lloyds lines on one day, in order, with their running balances', () => {
    const s = read('lloyds.csv')
    expect(s.lines.map((l) => [l.date, l.amountPence, l.balanceAfterPence])).toEqual([
      ['2025-04-01', -1845, 110155],
      ['2025-04-04', -24000, 86155],
      ['2025-04-04', -24000, 62155],
      ['2025-04-07', 125000, 187155],
    ])
    expect(s.account).toEqual({ sortCode: '30-99-50', accountNumberLast4: '5678' })
  })

  it('reads Windows-1252 Nationwide (pound signs, a preamble, named months) with its lines', () => {
    const s = read('nationwide.csv')
    expect(s.lines[0]).toMatchObject({ sourceLine: 6, date: '2025-04-02', amountPence: -1240 })
    expect(s.lines[0]!.description).toBe('Page and Spine Books')
  })

  it('reads NatWest’s account cell, leading apostrophes and a comma inside quotes', () => {
    const s = read('natwest.csv')
    expect(s.account).toEqual({ sortCode: '60-00-00', accountNumberLast4: '5678' })
    expect(s.lines[2]!.description).toBe('KIRKLEES COUNCIL , DP APRIL')
  })

  it('takes OFX FITIDs, LEDGERBAL, entities once, and a three-decimal amount', () => {
    const one = read('statement-ofx1.ofx')
    expect(one.currency).toBe('GBP')
    expect(one.lines.map((l) => l.bankId)).toEqual([
      '2025040301',
      '2025040401',
      '2025040402',
      '2025041101',
    ])
    expect(one.lines[3]).toMatchObject({
      description: 'M & S FLORISTS',
      amountPence: -3550,
      memo: 'cheque 100235',
    })
    expect(one.closingBalance).toEqual({ date: '2025-04-30', pence: 173450 })
    const two = read('statement-ofx2.ofx')
    expect(two.lines.map((l) => l.amountPence)).toEqual([90000, -30000, -6120])
    expect(two.lines[2]!.description).toBe('Café Nero – Leeds')
  })

  it('leaves a pending CAMT entry out and takes OPBD and CLBD', () => {
    const s = read('statement-camt053.xml')
    expect(s.lines.map((l) => l.bankId)).toEqual(['REF-0001', 'REF-0002'])
    expect(s.lines[0]!.description).toBe('BRADFORD COUNCIL DIRECT PAYMENT APRIL')
    expect(s.openingBalance).toEqual({ date: '2025-04-01', pence: 50000 })
    expect(s.account).toEqual({ sortCode: '20-20-15', accountNumberLast4: '5555' })
  })
})
