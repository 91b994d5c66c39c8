import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../shared/result'
import { readStatement } from './statement-reader'

/**
 * Every file of the shared peer corpus, read where it is (CI has `../shared` beside the clone),
 * held to the README's table: "parse: N lines" with the table's sum, or "refuse: ..." with the
 * matching code (currency, no statement, a bank error), and the currency named in the message.
 */
const CORPUS = resolve(import.meta.dirname, '../../../../../shared/fixtures/peer-corpus')

interface Row {
  readonly file: string
  readonly sum: string
  readonly outcome: string
}

function table(): Row[] {
  const readme = readFileSync(resolve(CORPUS, 'README.md'), 'utf8')
  return readme
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) => {
      const cells = l.split(' | ').map((c) => c.replace(/^\| ?/, '').trim())
      return {
        file: cells[0]!.replace(/`/g, ''),
        sum: cells[8]!,
        outcome: cells[10]!.replace(/ \|$/, ''),
      }
    })
}

/** "-33.77 (written ...)" to -3377; the sums are plain decimals. */
function pence(sum: string): number {
  const m = /^(-?)(\d+)(?:\.(\d{2}))?/.exec(sum)!
  return (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3] ?? '0'))
}

function refusal(file: string): AppFailure {
  try {
    readStatement(file, readFileSync(resolve(CORPUS, file)))
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error(`${file} was read, but the table says it is refused`)
}

describe('the peer corpus, held to its README', () => {
  const rows = table()

  it('lists every file in the corpus', () => {
    expect(rows.length).toBe(26)
  })

  for (const row of rows) {
    it(`${row.file}: ${row.outcome.slice(0, 60)}`, () => {
      const parse = /^parse: (\d+) lines?/.exec(row.outcome)
      if (parse) {
        const s = readStatement(row.file, readFileSync(resolve(CORPUS, row.file)))
        expect(s.lines).toHaveLength(Number(parse[1]))
        expect(s.lines.reduce((t, l) => t + l.amountPence, 0)).toBe(pence(row.sum))
        expect(s.currency).toBeUndefined()
        return
      }
      const failure = refusal(row.file)
      const currency = /^refuse: currency ([A-Z]{3})/.exec(row.outcome)
      if (currency) {
        expect(failure.code).toBe('STATEMENTS.CURRENCY')
        expect(failure.details).toMatchObject({ currency: currency[1] })
        expect(failure.message).toContain(currency[1])
      } else if (/returned an error/.test(row.outcome)) {
        expect(failure.code).toBe('STATEMENTS.BANK_ERROR')
        expect(failure.message).toContain('General Server Error')
      } else if (/no statement/.test(row.outcome)) {
        expect(failure.code).toBe('STATEMENTS.EMPTY')
      } else {
        throw new Error(`No rule for the table's outcome “${row.outcome}”`)
      }
    })
  }
})

/** The corpus's files as if their bank had written GBP: what the quirks would give past the currency. */
function asGbp(file: string, from: string): Buffer {
  const bytes = readFileSync(resolve(CORPUS, file))
  return Buffer.from(bytes.toString('latin1').replaceAll(from, 'GBP'), 'latin1')
}

describe('the peer corpus’s quirks, past the currency check', () => {
  it('data-multi-decimal.ofx: -30.000 and -3.77000 are -3000 and -377 pence', () => {
    const s = readStatement('d.ofx', asGbp('actual-budget/data-multi-decimal.ofx', 'USD'))
    expect(s.lines.map((l) => l.amountPence)).toEqual([-3000, -377])
  })

  it('bank_medium.ofx: unclosed leaves, LEDGERBAL (not AVAILBAL) as the closing balance', () => {
    const s = readStatement('b.ofx', asGbp('ofxparse/bank_medium.ofx', 'CAD'))
    expect(s.lines.map((l) => l.amountPence)).toEqual([-660, -31667, -2200])
    expect(s.lines[1]!.description).toBe("Joe's Bald Hairstyles")
    expect(s.closingBalance).toEqual({ date: '2009-05-23', pence: 38234 })
  })

  it('date_missing.ofx: refused at the transaction with no date, naming its line', () => {
    expect(() =>
      readStatement('d.ofx', asGbp('ofxparse/fail_nice/date_missing.ofx', 'USD')),
    ).toThrow(
      expect.objectContaining({
        code: 'STATEMENTS.BAD_LINE',
        details: { file: 'd.ofx', line: 33 },
      }),
    )
  })

  it('decimal_error.ofx: $120 is not an amount (nothing is stripped to make it one)', () => {
    expect(() =>
      readStatement('d.ofx', asGbp('ofxparse/fail_nice/decimal_error.ofx', 'CAD')),
    ).toThrow(expect.objectContaining({ code: 'STATEMENTS.BAD_LINE' }))
  })

  it('empty_balance.ofx: a blank balance is no balance, not zero', () => {
    const s = readStatement('e.ofx', asGbp('ofxparse/fail_nice/empty_balance.ofx', 'CAD'))
    expect(s.lines.map((l) => l.amountPence)).toEqual([12000])
    expect(s.closingBalance).toBeUndefined()
  })

  it('html-vals.qfx: entities decoded once; an all-zero NAME gives way to the MEMO', () => {
    const s = readStatement('h.qfx', asGbp('actual-budget/html-vals.qfx', 'CAD'))
    expect(s.lines.map((l) => l.description).join(' | ')).toContain('&lt;DEFTPYMT&gt;')
  })

  it('1252.qfx: the € and — decode as Windows-1252 before anything else', () => {
    const s = readStatement('w.qfx', asGbp('actual-budget/1252.qfx', 'CAD'))
    expect(JSON.stringify(s.lines)).not.toMatch(/[\u0080-\u009f]/)
  })

  it('camt.053.xml: only Ntry/Amt counts; PRCD opens and CLBD closes', () => {
    const s = readStatement('c.xml', asGbp('actual-budget/camt/camt.053.xml', 'EUR'))
    expect(s.lines).toHaveLength(6)
    expect(s.lines.reduce((t, l) => t + l.amountPence, 0)).toBe(-16410)
    expect(s.openingBalance?.pence).toBe(2416)
    expect(s.closingBalance?.pence).toBe(2761)
  })

  it('multiple_accounts.ofx: two accounts in one file must be exported one at a time', () => {
    const f = () => readStatement('m.ofx', asGbp('ofxparse/multiple_accounts.ofx', 'USD'))
    expect(f).toThrow(expect.objectContaining({ code: 'STATEMENTS.MANY_ACCOUNTS' }))
  })

  it('chase_cc.qfx: UTF-8 bytes under a CHARSET:1252 header read as UTF-8', () => {
    const s = readStatement('c.qfx', asGbp('ofxparse/chase_cc.qfx', 'USD'))
    expect(s.lines[0]!.description).toContain('¦')
    expect(s.lines[0]!.description).not.toContain('Â')
    expect(s.closingBalance?.pence).toBe(-1000)
  })

  it('camt.latin1.xml: an account report (camt.052) is not taken for a statement', () => {
    const f = () => readStatement('l.xml', asGbp('actual-budget/camt/camt.latin1.xml', 'EUR'))
    expect(f).toThrow(
      expect.objectContaining({
        code: 'STATEMENTS.MALFORMED',
        message: expect.stringContaining('camt.052'),
      }),
    )
  })

  it('ofx-v102-empty-tags.ofx: an empty CURDEF states no currency, and an empty FITID gives no bank id', () => {
    const s = readStatement('e.ofx', asGbp('ofxparse/ofx-v102-empty-tags.ofx', 'AUD'))
    expect(s.currency).toBeUndefined()
    expect(s.lines).toEqual([
      { sourceLine: 23, date: '2018-05-07', amountPence: 1234, description: 'CBA:Transfer' },
    ])
  })
})
