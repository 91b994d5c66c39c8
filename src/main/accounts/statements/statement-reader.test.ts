import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../shared/result'
import { type ReadStatementOptions, readStatement } from './statement-reader'
import { STATEMENT_LIMITS } from './statement-failures'
import { sniffFormat } from './statement-sniffer'

const LLOYDS =
  'Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance'

function read(name: string, text: string | Uint8Array, options?: ReadStatementOptions) {
  return readStatement(name, typeof text === 'string' ? Buffer.from(text) : text, options)
}

function refusal(
  name: string,
  text: string | Uint8Array,
  options?: ReadStatementOptions,
): AppFailure {
  try {
    read(name, text, options)
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('the file was read')
}

describe('readStatement refuses bad input, naming the line and the problem', () => {
  it('a date that does not exist', () => {
    const f = refusal(
      's.csv',
      `${LLOYDS}\n01/03/2025,DEB,'30-99-50,12345678,A,1.00,,9.00\n31/02/2025,DEB,'30-99-50,12345678,B,1.00,,8.00\n`,
    )
    expect(f.code).toBe('STATEMENTS.BAD_LINE')
    expect(f.message).toBe('s.csv, line 3: there is no such date as 31/02/2025.')
    expect(f.details).toEqual({ file: 's.csv', line: 3 })
  })

  it('an amount that is not a whole number of pence', () => {
    const ofx =
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKTRANLIST>\n<STMTTRN><DTPOSTED>20250401<TRNAMT>-3.775<FITID>1</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>'
    const f = refusal('s.ofx', ofx)
    expect(f.code).toBe('STATEMENTS.BAD_LINE')
    expect(f.message).toBe('s.ofx, line 2: the amount -3.775 is not a whole number of pence.')
  })

  it('an empty file, a blank one, and a statement with no transactions', () => {
    expect(refusal('s.csv', '').code).toBe('STATEMENTS.EMPTY')
    expect(refusal('s.csv', '\r\n  \n').code).toBe('STATEMENTS.EMPTY')
    expect(refusal('s.csv', `${LLOYDS}\n`).message).toBe(
      'Nothing to import from s.csv: it has no transactions in it.',
    )
    const ofx = '<OFX><STMTRS><CURDEF>GBP<BANKTRANLIST></BANKTRANLIST></STMTRS></OFX>'
    expect(refusal('s.ofx', ofx).code).toBe('STATEMENTS.EMPTY')
  })

  it('a binary file renamed .csv', () => {
    const random = Uint8Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256)
    expect(refusal('s.csv', random)).toMatchObject({ code: 'IMPORT.UNREADABLE' })
    expect(refusal('s.csv', Buffer.from('%PDF-1.7\n...')).message).toContain('it is a PDF')
    expect(refusal('s.csv', Buffer.from('PK\u0003\u0004....')).message).toContain('save it as CSV')
    expect(refusal('s.csv', Buffer.from('a,b\u0000c')).code).toBe('IMPORT.UNREADABLE')
  })

  it('a file over the size limit, before reading it', () => {
    const big = Buffer.alloc(STATEMENT_LIMITS.maxFileBytes + 1, 0x41)
    expect(refusal('s.csv', big)).toMatchObject({
      code: 'IMPORT.TOO_BIG',
      details: { limit: 'maxFileBytes' },
    })
  })

  it('a truncated CSV line, and a line with money both in and out', () => {
    expect(refusal('s.csv', `${LLOYDS}\n01/03/2025,DEB,'30-99-50,12345678,A,1.00`)).toMatchObject({
      code: 'STATEMENTS.MALFORMED',
      details: { line: 2 },
    })
    expect(
      refusal('s.csv', `${LLOYDS}\n01/03/2025,DEB,'30-99-50,12345678,A,1.00,2.00,9.00`).message,
    ).toContain('both money in and money out')
  })

  it('a currency column naming another currency', () => {
    const f = refusal(
      's.csv',
      'Date,Description,Amount,Currency\n2025-04-01,A,1.00,GBP\n2025-04-02,B,2.00,EUR\n',
    )
    expect(f).toMatchObject({ code: 'STATEMENTS.CURRENCY', details: { currency: 'EUR', line: 3 } })
  })

  it('lines for two accounts in one file', () => {
    const text = `${LLOYDS}\n01/03/2025,DEB,'30-99-50,12345678,A,1.00,,9.00\n02/03/2025,DEB,'30-99-50,87654321,B,1.00,,8.00\n`
    expect(refusal('s.csv', text).code).toBe('STATEMENTS.MANY_ACCOUNTS')
  })
})

describe('CSV layouts: detected, chosen, or mapped', () => {
  it('lists the near layouts when the headings match none', () => {
    const near = refusal(
      's.csv',
      'Transaction Date,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount\n01/03/2025,x,y,A,1.00,\n',
    )
    expect(near).toMatchObject({
      code: 'STATEMENTS.LAYOUT_UNKNOWN',
      details: { candidates: ['lloyds'] },
    })
    const none = refusal('s.csv', 'Posted On,Payee,Value GBP\n01/03/2025,A,1.00\n')
    expect((none.details as { candidates: string[] }).candidates).toHaveLength(9)
  })

  it('asks for the date order when no day is over 12, and uses the answer', () => {
    const text = 'Date,Description,Amount\n03/04/2025,A,-1.00\n05/04/2025,B,2.00\n'
    expect(refusal('s.csv', text)).toMatchObject({
      code: 'STATEMENTS.DATE_ORDER',
      details: { candidates: ['dmy', 'mdy'] },
    })
    expect(read('s.csv', text, { dateOrder: 'mdy' }).lines.map((l) => l.date)).toEqual([
      '2025-03-04',
      '2025-05-04',
    ])
  })

  it('reads a saved mapping by headings, after a preamble', () => {
    const text =
      'Statement for a client\n\nWhen,What,In,Out,Running\n2025-04-02,Rent,,400.00,600.00\n2025-04-01,Council,1000.00,,1000.00\n'
    const s = read('s.csv', text, {
      mapping: {
        name: 'my bank',
        date: 'When',
        description: 'What',
        paidIn: 'In',
        paidOut: 'Out',
        balance: 'Running',
      },
    })
    expect(s.layout).toBe('my bank')
    expect(s.lines.map((l) => [l.sourceLine, l.amountPence])).toEqual([
      [5, 100000],
      [4, -40000],
    ])
    expect(s.openingBalance).toEqual({ date: '2025-04-01', pence: 0 })
    expect(s.closingBalance).toEqual({ date: '2025-04-02', pence: 60000 })
  })

  it('reads a mapping by column numbers, and refuses one naming a missing heading', () => {
    const s = read('s.csv', '01/04/2025;A;5.00\n', {
      mapping: { name: 'n', date: 1, description: 2, amount: 3, dateOrder: 'dmy' },
    })
    expect(s.lines[0]!.amountPence).toBe(500)
    const f = refusal('s.csv', 'Date,Text,Amount\n01/04/2025,A,5.00\n', {
      mapping: { name: 'n', date: 'Date', description: 'Payee', amount: 'Amount' },
    })
    expect(f).toMatchObject({ code: 'STATEMENTS.MAPPING' })
    expect(f.message).toContain('“Payee”')
  })

  it('honours a layout the user chose, and refuses one that does not exist', () => {
    const text = '12/04/2025,SHOP,-1.00\n'
    expect(read('s.csv', text, { layout: 'hsbc' }).layout).toBe('hsbc')
    expect(refusal('s.csv', text, { layout: 'monzo' }).code).toBe('STATEMENTS.MAPPING')
  })

  it('puts a one-day newest-first file oldest first by its running balance', () => {
    const text =
      'Date,Description,Type,Money In,Money Out,Balance\n14/04/2025,B,TFR,,2.00,7.00\n14/04/2025,A,TFR,,1.00,9.00\n'
    const s = read('s.csv', text)
    expect(s.lines.map((l) => l.description)).toEqual(['A', 'B'])
    expect(s.openingBalance?.pence).toBe(1000)
  })
})

describe('sniffFormat', () => {
  it('goes by content first, then the name', () => {
    expect(sniffFormat('x.csv', '\n\nOFXHEADER:100\nDATA:OFXSGML')).toBe('ofx')
    expect(sniffFormat('x.txt', '<?xml version="1.0"?><?OFX OFXHEADER="200"?><OFX>')).toBe('ofx')
    expect(
      sniffFormat(
        'x',
        '<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">',
      ),
    ).toBe('camt')
    expect(sniffFormat('x.dat', '!Type:Bank\nD01/01/2025')).toBe('qif')
    expect(sniffFormat('x.qfx', 'garbage')).toBe('ofx')
    expect(sniffFormat('x.csv', 'Date,Amount')).toBe('csv')
  })

  it('lets the user override it', () => {
    expect(
      refusal('s.csv', 'Date,Description,Amount\n2025-04-01,A,1.00\n', { format: 'ofx' }).message,
    ).toContain('no <OFX>')
  })

  it('reads tab-separated UTF-16 (Excel’s “Unicode text”) like any CSV', () => {
    const text = 'Date\tDescription\tAmount\r\n2025-04-01\tCafé\t-1.50\r\n'
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    expect(read('s.txt', bytes).lines).toEqual([
      { sourceLine: 2, date: '2025-04-01', amountPence: -150, description: 'Café' },
    ])
  })
})

describe('QIF dates', () => {
  const qif = '!Type:Bank\nD03/04/2025\nT-1.00\nPA\n^\nD05/04/2025\nT2.00\nPB\n^\n'

  it('asks for the order when no day is over 12, and uses the answer', () => {
    expect(refusal('s.qif', qif)).toMatchObject({ code: 'STATEMENTS.DATE_ORDER' })
    expect(read('s.qif', qif, { dateOrder: 'dmy' }).lines.map((l) => l.date)).toEqual([
      '2025-04-03',
      '2025-04-05',
    ])
  })

  it('reads a UK bank’s QIF day first when a day says so, and names a bad line', () => {
    const uk = '!Type:Bank\nD23/04/2025\nT-1.00\nPA\n^\nD31/02/2025\nT2.00\nPB\n^\n'
    expect(refusal('s.qif', uk).message).toBe('s.qif, line 6: there is no such date as 31/02/2025.')
  })
})
