import { SaxesParser } from 'saxes'
import { AppFailure } from '../../../shared/result'
import { finishStatement, type LineDraft } from './statement-finish'
import { badLine, checkCurrency, emptyStatement, malformed } from './statement-failures'
import { isoDate } from './statement-dates'
import { decimalToPence } from './statement-money'
import type { ParsedStatement, StatementBalance } from './statement-types'
import { localName } from './xml-names'

interface Entry {
  line: number
  amount?: string
  currency?: string
  sign?: string
  status?: string
  booked?: string
  bankId?: string
  entryRef?: string
  names: string[]
  texts: string[]
}

interface Balance {
  line: number
  code?: string
  amount?: string
  currency?: string
  sign?: string
  date?: string
}

/** `2024-03-12` or `2024-03-12T10:00:00+01:00`: the booking day as the bank wrote it. */
function camtDate(text: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(text?.trim() ?? '')
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

function signed(
  file: string,
  line: number,
  amount: string | undefined,
  sign: string | undefined,
  what: string,
): number {
  if (!amount) throw badLine(file, line, `the ${what} has no amount`)
  const pence = decimalToPence(amount)
  if (!pence.ok) throw badLine(file, line, `the ${what}'s amount ${pence.problem}`)
  if (sign !== 'CRDT' && sign !== 'DBIT')
    throw badLine(file, line, `the ${what} says neither credit nor debit`)
  return sign === 'DBIT' ? -pence.pence : pence.pence
}

/**
 * Reads an ISO 20022 camt.053 bank-to-customer statement. Only an entry's own `Ntry/Amt` counts:
 * the same money is repeated in its transaction details (`TxDtls/Amt`, `AmtDtls/...`), and a batch
 * entry's parts add up to it. Pending entries (`Sts` PDNG or INFO) are not booked and are left out.
 * The opening balance is OPBD (or PRCD, the previous statement's closing), the closing CLBD.
 */
export function readCamtStatement(file: string, text: string): ParsedStatement {
  const parser = new SaxesParser({ position: true })
  const path: string[] = []
  const entries: Entry[] = []
  const balances: Balance[] = []
  let statements = 0
  let reports = 0
  let entry: Entry | null = null
  let balance: Balance | null = null
  let buffer = ''
  let account: string | undefined
  let lastCurrency: string | undefined
  parser.on('opentag', (tag) => {
    const name = localName(tag.name)
    path.push(name)
    buffer = ''
    const parent = path[path.length - 2]
    if (name === 'Stmt' && parent === 'BkToCstmrStmt') statements += 1
    if (name === 'Rpt' && parent === 'BkToCstmrAcctRpt') reports += 1
    if (name === 'Ntry') entry = { line: parser.line, names: [], texts: [] }
    if (name === 'Bal' && !entry) balance = { line: parser.line }
    const ccy = (tag.attributes as Record<string, string>)['Ccy']
    if (ccy !== undefined) {
      checkCurrency(file, ccy, parser.line)
      lastCurrency = ccy
    }
  })
  parser.on('text', (t) => {
    buffer += t
  })
  parser.on('closetag', (tag) => {
    const name = localName(tag.name)
    const value = buffer.trim()
    buffer = ''
    const at = path.join('/')
    path.pop()
    const parent = path[path.length - 1]
    if (name === 'Ccy' && parent === 'Acct') checkCurrency(file, value, parser.line)
    if ((name === 'IBAN' || (name === 'Id' && parent === 'Othr')) && at.includes('/Acct/Id/')) {
      account ??= value
    }
    if (balance) {
      if (name === 'Cd' && at.endsWith('Tp/CdOrPrtry/Cd')) balance.code = value
      if (name === 'Amt' && parent === 'Bal') {
        balance.amount = value
        balance.currency = lastCurrency
      }
      if (name === 'CdtDbtInd' && parent === 'Bal') balance.sign = value
      if ((name === 'Dt' || name === 'DtTm') && at.includes('Bal/Dt/')) balance.date = value
      if (name === 'Bal') {
        balances.push(balance)
        balance = null
      }
    }
    const e = entry as Entry | null
    if (!e) return
    if (name === 'Amt' && parent === 'Ntry') e.amount = value
    if (name === 'CdtDbtInd' && parent === 'Ntry') e.sign = value
    if (name === 'Sts' && parent === 'Ntry' && value) e.status = value
    if (name === 'Cd' && parent === 'Sts' && path[path.length - 2] === 'Ntry') e.status = value
    if ((name === 'Dt' || name === 'DtTm') && parent === 'BookgDt') e.booked = value
    if (name === 'AcctSvcrRef' && parent === 'Ntry') e.bankId = value
    if (name === 'NtryRef' && parent === 'Ntry') e.entryRef = value
    if (name === 'Nm' && /\/(Cdtr|Dbtr)(\/Pty)?\/Nm$/.test(at) && value) e.names.push(value)
    if ((name === 'Ustrd' || name === 'AddtlNtryInf') && value)
      e.texts.push(value.replace(/\s+/g, ' '))
    if (name === 'Ntry') {
      entries.push(e)
      entry = null
    }
  })
  try {
    parser.write(text.replace(/^\s+/, '')).close()
  } catch (error) {
    if (error instanceof AppFailure) throw error
    throw malformed(file, 'it is not well-formed XML (is it damaged or cut short?)', parser.line)
  }
  if (statements === 0 && reports === 0) {
    throw emptyStatement(file, 'it has no bank statement (camt.053 Stmt) in it')
  }
  if (statements === 0) {
    throw malformed(
      file,
      'it is an account report (camt.052), not a statement (camt.053); export the statement instead',
    )
  }
  if (statements > 1) {
    throw new AppFailure(
      'STATEMENTS.MANY_ACCOUNTS',
      `${file} holds ${statements} statements; export one account's statement at a time.`,
      { file },
    )
  }
  const booked = entries.filter((e) => e.status === undefined || /^BOOK/i.test(e.status))
  const drafts: LineDraft[] = booked.map((e) => {
    const date = camtDate(e.booked)
    if (date === null)
      throw badLine(
        file,
        e.line,
        e.booked ? `there is no such date as ${e.booked}` : 'the entry has no booking date',
      )
    const description = [...new Set(e.names)].concat(e.texts).join(' ').trim()
    const bankId = e.bankId || e.entryRef
    return {
      sourceLine: e.line,
      date,
      amountPence: signed(file, e.line, e.amount, e.sign, 'entry'),
      description,
      ...(bankId ? { bankId } : {}),
    }
  })
  if (drafts.length === 0) throw emptyStatement(file, 'its statement has no booked entries')
  const pick = (codes: readonly string[]): StatementBalance | undefined => {
    const found = balances.find((b) => b.code !== undefined && codes.includes(b.code))
    if (!found) return undefined
    const date = camtDate(found.date)
    if (date === null) throw badLine(file, found.line, 'the balance has no valid date')
    return { date, pence: signed(file, found.line, found.amount, found.sign, 'balance') }
  }
  const opening = pick(['OPBD', 'PRCD'])
  const closing = pick(['CLBD'])
  const digits = account?.replace(/\D/g, '') ?? ''
  // A UK IBAN holds the sort code after the bank's four letters: GB33 BUKB 202015 55555555.
  const uk = /^GB\d{2}[A-Z]{4}(\d{2})(\d{2})(\d{2})\d{8}$/.exec(account?.replace(/\s/g, '') ?? '')
  const details = {
    ...(uk ? { sortCode: `${uk[1]}-${uk[2]}-${uk[3]}` } : {}),
    ...(digits.length >= 4 ? { accountNumberLast4: digits.slice(-4) } : {}),
  }
  return finishStatement(file, {
    format: 'camt',
    drafts,
    ...(lastCurrency ? { currency: lastCurrency.toUpperCase() } : {}),
    account: details,
    ...(opening ? { openingBalance: opening } : {}),
    ...(closing ? { closingBalance: closing } : {}),
  })
}
