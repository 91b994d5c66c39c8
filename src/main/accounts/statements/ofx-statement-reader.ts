import { AppFailure } from '../../../shared/result'
import { childText, findAll, findElement, type OfxElement, parseOfxSgml } from './ofx-sgml-parser'
import { parseOfxXml } from './ofx-xml-parser'
import { finishStatement, type LineDraft } from './statement-finish'
import { badLine, checkCurrency, emptyStatement, malformed } from './statement-failures'
import { isoDate } from './statement-dates'
import { decimalToPence } from './statement-money'
import type { ParsedStatement, StatementBalance } from './statement-types'

/** OFX date-times: `20090401`, `20090401122017.000[-5:EST]`, `20180804093914:014`. */
const OFX_DATE =
  /^(\d{4})(\d{2})(\d{2})(?:\d{2}(?:\d{2}(?:\d{2}(?:[.:]\d{1,3})?)?)?)?\s*(?:\[[^\]]{0,20}\])?$/

/** The day an OFX date-time names, as the bank wrote it (its own time zone, not converted). */
function ofxDate(text: string): string | null {
  const m = OFX_DATE.exec(text.trim())
  return m ? isoDate(Number(m[1]), Number(m[2]), Number(m[3])) : null
}

function bodyStart(text: string): { body: string; line: number } {
  const lt = text.indexOf('<')
  if (lt < 0) return { body: '', line: 1 }
  let line = 1
  for (let i = text.indexOf('\n'); i >= 0 && i < lt; i = text.indexOf('\n', i + 1)) line += 1
  return { body: text.slice(lt), line }
}

/** An OFX 2 file is XML from its first character; an OFX 1 file has `KEY:VALUE` header lines. */
function parseTree(file: string, text: string): OfxElement {
  const trimmed = text.replace(/^\s+/, '')
  if (trimmed.startsWith('<?xml')) return parseOfxXml(file, trimmed)
  const { body, line } = bodyStart(text)
  return parseOfxSgml(file, body, line)
}

function statusError(ofx: OfxElement): string | null {
  for (const wrapper of [...findAll(ofx, 'STMTTRNRS'), ...findAll(ofx, 'CCSTMTTRNRS')]) {
    const status = wrapper.children.find((c) => c.name === 'STATUS')
    if (!status) continue
    const severity = (childText(status, 'SEVERITY') ?? '').toUpperCase()
    const code = childText(status, 'CODE') ?? '0'
    if (severity === 'ERROR' || (code !== '0' && code !== '')) {
      const message = childText(status, 'MESSAGE')
      return `code ${code}${message ? `, “${message}”` : ''}`
    }
  }
  return null
}

/** A payee "name" of only zeros (some Canadian banks) is no name: the text is in MEMO. */
function usable(text: string | undefined): string | undefined {
  const t = text?.trim()
  return t && !/^0+$/.test(t) ? t : undefined
}

function line(file: string, trn: OfxElement): LineDraft {
  const posted = childText(trn, 'DTPOSTED')
  if (posted === undefined || posted === '')
    throw badLine(file, trn.line, 'the transaction has no date (DTPOSTED)')
  const date = ofxDate(posted)
  if (date === null) throw badLine(file, trn.line, `there is no such date as ${posted} (DTPOSTED)`)
  const amountText = childText(trn, 'TRNAMT')
  if (amountText === undefined || amountText === '') {
    throw badLine(file, trn.line, 'the transaction has no amount (TRNAMT)')
  }
  const amount = decimalToPence(amountText)
  if (!amount.ok) throw badLine(file, trn.line, `the amount ${amount.problem}`)
  const payee = trn.children.find((c) => c.name === 'PAYEE')
  const name =
    usable(childText(trn, 'NAME')) ?? (payee ? usable(childText(payee, 'NAME')) : undefined)
  const memoText = usable(childText(trn, 'MEMO'))
  const cheque = usable(childText(trn, 'CHECKNUM'))
  const memo = [name ? memoText : undefined, cheque ? `cheque ${cheque}` : undefined]
    .filter((m): m is string => m !== undefined && m !== name)
    .join('; ')
  const fitid = childText(trn, 'FITID')?.trim()
  return {
    sourceLine: trn.line,
    date,
    amountPence: amount.pence,
    description: (name ?? memoText ?? '').replace(/\s+/g, ' '),
    ...(fitid ? { bankId: fitid } : {}),
    ...(memo ? { memo } : {}),
  }
}

function ledgerBalance(
  file: string,
  statement: OfxElement,
  fallbackDate: string,
): StatementBalance | undefined {
  const ledger = statement.children.find((c) => c.name === 'LEDGERBAL')
  const amountText = ledger ? childText(ledger, 'BALAMT')?.trim() : undefined
  // A blank balance is no balance, not a balance of nothing.
  if (!ledger || amountText === undefined || amountText === '') return undefined
  const amount = decimalToPence(amountText)
  if (!amount.ok) throw badLine(file, ledger.line, `the ledger balance ${amount.problem}`)
  const asOf = childText(ledger, 'DTASOF')?.trim()
  const date = asOf ? ofxDate(asOf) : fallbackDate
  if (date === null) throw badLine(file, ledger.line, `there is no such date as ${asOf} (DTASOF)`)
  return { date, pence: amount.pence }
}

function account(statement: OfxElement): ParsedStatement['account'] {
  const from = statement.children.find((c) => c.name === 'BANKACCTFROM' || c.name === 'CCACCTFROM')
  if (!from) return undefined
  const sort = (childText(from, 'BANKID') ?? '').replace(/\D/g, '')
  const number = (childText(from, 'ACCTID') ?? '').replace(/\D/g, '')
  return {
    ...(sort.length === 6
      ? { sortCode: `${sort.slice(0, 2)}-${sort.slice(2, 4)}-${sort.slice(4)}` }
      : {}),
    ...(number.length >= 4 ? { accountNumberLast4: number.slice(-4) } : {}),
  }
}

/**
 * Reads an OFX or QFX file, 1.x (SGML) or 2.x (XML), with one bank or card statement in it. The
 * order of refusals is the order a user can act on them: a damaged file, an error from the bank,
 * no statement at all, the wrong currency (stated once in CURDEF, or per line in CURRENCY), more
 * than one account, then any line with a bad date or amount.
 */
export function readOfxStatement(file: string, text: string): ParsedStatement {
  const root = parseTree(file, text)
  const ofx = findElement(root, 'OFX')
  if (!ofx) throw malformed(file, 'it has no <OFX> element')
  const statements = [...findAll(ofx, 'STMTRS'), ...findAll(ofx, 'CCSTMTRS')]
  if (statements.length === 0) {
    const error = statusError(ofx)
    if (error) {
      throw new AppFailure(
        'STATEMENTS.BANK_ERROR',
        `${file} holds no statement: the bank sent an error instead (${error}). Download it again.`,
        { file },
      )
    }
    throw emptyStatement(file, 'there is no statement in it')
  }
  for (const statement of statements) {
    const curdef = statement.children.find((c) => c.name === 'CURDEF')
    checkCurrency(file, curdef?.text ?? undefined, curdef?.line)
    for (const currency of findAll(statement, 'CURRENCY')) {
      checkCurrency(file, childText(currency, 'CURSYM'), currency.line)
    }
  }
  if (statements.length > 1) {
    throw new AppFailure(
      'STATEMENTS.MANY_ACCOUNTS',
      `${file} holds statements for ${statements.length} accounts; export one account at a time.`,
      { file },
    )
  }
  const statement = statements[0]!
  const list = statement.children.find((c) => c.name === 'BANKTRANLIST')
  const drafts = list
    ? list.children.filter((c) => c.name === 'STMTTRN').map((t) => line(file, t))
    : []
  if (drafts.length === 0) throw emptyStatement(file, 'its statement has no transactions')
  const end = list ? ofxDate(childText(list, 'DTEND') ?? '') : null
  const lastDate = drafts.reduce((max, d) => (d.date > max ? d.date : max), drafts[0]!.date)
  const closing = ledgerBalance(file, statement, end ?? lastDate)
  const curdef = childText(statement, 'CURDEF')?.trim()
  const details = account(statement)
  return finishStatement(file, {
    format: 'ofx',
    drafts,
    ...(curdef ? { currency: curdef.toUpperCase() } : {}),
    ...(details ? { account: details } : {}),
    ...(closing ? { closingBalance: closing } : {}),
  })
}
