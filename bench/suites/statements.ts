import iconv from 'iconv-lite'
import { readStatement } from '../../src/main/accounts/statements'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import type { BenchSuite } from '../lib/suite'
import { repeat, type RepeatOptions } from '../lib/timing'

interface Settings extends RepeatOptions {
  readonly lines: number
}

const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: { lines: 2_000, warmup: 1, rounds: 3 },
  full: { lines: 10_000, warmup: 2, rounds: 15 },
}

const PAYEES = [
  'J SMITH PA WAGES',
  'TESCO STORES 3021',
  'HMRC PAYE',
  'NEST PENSIONS',
  'CARE AGENCY LTD',
]

interface Line {
  readonly day: Date
  readonly pence: number
  readonly payee: string
  readonly balance: number
}

/** A year or so of a busy account, newest first as Lloyds writes it, with a running balance. */
function lines(count: number): Line[] {
  const random = new SeededRandom(count)
  const out: Line[] = []
  let balance = 500_000
  const start = Date.UTC(2020, 0, 1)
  for (let i = 0; i < count; i++) {
    const pence = random.next() < 0.1 ? random.int(50_000, 300_000) : -random.int(100, 40_000)
    balance += pence
    out.push({
      day: new Date(start + Math.floor(i / 8) * 86_400_000),
      pence,
      payee: random.pick(PAYEES),
      balance,
    })
  }
  return out.reverse()
}

const pounds = (pence: number) => (Math.abs(pence) / 100).toFixed(2)
const ukDate = (d: Date) => d.toISOString().slice(0, 10).split('-').reverse().join('/')

function lloydsCsv(all: readonly Line[]): Buffer {
  const rows = all.map(
    (l) =>
      `${ukDate(l.day)},${l.pence < 0 ? 'DEB' : 'FPI'},'30-99-50,12345678,${l.payee},${l.pence < 0 ? pounds(l.pence) : ''},${l.pence > 0 ? pounds(l.pence) : ''},${(l.balance / 100).toFixed(2)}`,
  )
  const heading =
    'Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance'
  return Buffer.from([heading, ...rows].join('\r\n'))
}

/** Nationwide's Windows-1252 export: quoted cells, `£` signs, named months, oldest first. */
function nationwideCsv(all: readonly Line[]): Buffer {
  const month = (d: Date) => d.toUTCString().slice(5, 16)
  const money = (pence: number) =>
    `£${(pence / 100).toLocaleString('en-GB', { minimumFractionDigits: 2 })}`
  const rows = [...all]
    .reverse()
    .map((l) =>
      [
        month(l.day),
        'Payment',
        l.payee,
        l.pence < 0 ? money(-l.pence) : '',
        l.pence > 0 ? money(l.pence) : '',
        money(l.balance),
      ]
        .map((c) => `"${c}"`)
        .join(','),
    )
  const text = [
    '"Account Name:","FlexAccount ****45678"',
    '',
    '"Date","Transaction type","Description","Paid out","Paid in","Balance"',
    ...rows,
  ].join('\r\n')
  return iconv.encode(text, 'windows-1252')
}

function ofx(all: readonly Line[]): Buffer {
  const trns = all.map(
    (l, i) =>
      `<STMTTRN><TRNTYPE>${l.pence < 0 ? 'DEBIT' : 'CREDIT'}<DTPOSTED>${l.day.toISOString().slice(0, 10).replace(/-/g, '')}<TRNAMT>${(l.pence / 100).toFixed(2)}<FITID>${i}<NAME>${l.payee}</STMTTRN>`,
  )
  return Buffer.from(
    `OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\n\r\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>GBP<BANKTRANLIST>\r\n${trns.join('\r\n')}\r\n</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\r\n`,
  )
}

/**
 * Reading bank statements (the readers alone: bytes in, lines in pence out, no database): a
 * Lloyds CSV, a Nationwide CSV (Windows-1252, `£`, a preamble) and an OFX 1 file of the same lines.
 */
export const statementsSuite: BenchSuite = {
  name: 'statements',
  groups: ['statements', 'accounts'],
  description: 'reading bank statement files (CSV, OFX) of 10,000 lines into pence',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    const all = lines(settings.lines)
    const files = {
      lloydsCsv: lloydsCsv(all),
      nationwideCsv: nationwideCsv(all),
      ofx: ofx(all),
    }
    context.log(`reading ${settings.lines.toLocaleString('en-GB')}-line statements`)
    const recorder = await repeat(settings, ({ recorder }) => {
      for (const [name, bytes] of Object.entries(files)) {
        const s = recorder.time(name, () => readStatement(`${name}.file`, bytes))
        if (s.lines.length !== settings.lines) throw new Error(`${name}: ${s.lines.length} lines`)
      }
    })
    const summary = recorder.summary()
    return {
      parameters: { lines: settings.lines, rounds: settings.rounds, warmupRounds: settings.warmup },
      fileBytes: Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.length])),
      lloydsCsv: summary['lloydsCsv'],
      nationwideCsv: summary['nationwideCsv'],
      ofx: summary['ofx'],
    }
  },
}
