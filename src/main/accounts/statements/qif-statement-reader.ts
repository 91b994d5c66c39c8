import { finishStatement, type LineDraft } from './statement-finish'
import { badLine, emptyStatement, malformed } from './statement-failures'
import { type DateOrder, possibleOrders } from './statement-dates'
import { decimalToPence } from './statement-money'
import { readLineDate, resolveDateOrder } from './statement-line-dates'
import type { ParsedStatement } from './statement-types'

/** Sections whose records are transactions in a bank, cash or card account. */
const TRANSACTION_TYPES = new Set(['bank', 'cash', 'ccard', 'oth a', 'oth l'])

interface QifRecord {
  readonly line: number
  readonly fields: Map<string, string>
}

/**
 * Splits QIF into the records of its transaction sections. `!Account` blocks (an account's name
 * and type, where `TBank` is a type, not an amount), `!Option` lines and other sections
 * (categories, classes, investments) are skipped. A last record without its closing `^` is kept
 * only when it has a date and an amount.
 */
function records(file: string, text: string): QifRecord[] {
  const out: QifRecord[] = []
  let inTransactions = false
  let inAccount = false
  let current: QifRecord | null = null
  const lines = text.split(/\r\n?|\n/)
  lines.forEach((raw, index) => {
    const lineNo = index + 1
    const l = raw.trim()
    if (l === '') return
    if (l.startsWith('!')) {
      const header = l.toLowerCase()
      if (header.startsWith('!option') || header.startsWith('!clear')) return
      inAccount = header === '!account'
      inTransactions = header.startsWith('!type:') && TRANSACTION_TYPES.has(header.slice(6).trim())
      current = null
      return
    }
    if (l === '^') {
      if (current && !inAccount && inTransactions) out.push(current)
      current = null
      return
    }
    if (inAccount) return
    if (!inTransactions) {
      if (out.length === 0 && current === null && !/^[A-Z$]/.test(l)) {
        throw malformed(file, 'it does not start with a QIF header such as !Type:Bank', lineNo)
      }
      return
    }
    current ??= { line: lineNo, fields: new Map() }
    const code = l[0]!
    // Split lines (S, E, $) describe the parts of a split transaction; its total is T.
    if (!current.fields.has(code)) current.fields.set(code, l.slice(1).trim())
  })
  const last = current as QifRecord | null
  if (last && last.fields.has('D') && (last.fields.has('T') || last.fields.has('U'))) out.push(last)
  return out
}

/**
 * Reads a QIF file (Quicken Interchange Format). QIF states no currency, so none is returned; its
 * dates are numeric in the exporter's order (`01/23/2019` from US software, `23/01/2019` from UK
 * banks, `12/19/18`, `1/2'05`), worked out from the whole file or asked for.
 */
export function readQifStatement(
  file: string,
  text: string,
  dateOrder?: DateOrder,
): ParsedStatement {
  const found = records(file, text)
  if (found.length === 0) throw emptyStatement(file, 'it has no transactions in it')
  const order = resolveDateOrder(file, dateOrder, () =>
    possibleOrders(found.map((r) => r.fields.get('D') ?? '')),
  )
  const drafts: LineDraft[] = found.map((record) => {
    const date = readLineDate(file, record.line, record.fields.get('D') ?? '', order)
    const amountText = (record.fields.get('T') ?? record.fields.get('U') ?? '').replace(/,/g, '')
    if (amountText === '') throw badLine(file, record.line, 'the transaction has no amount')
    const amount = decimalToPence(amountText)
    if (!amount.ok) throw badLine(file, record.line, `the amount ${amount.problem}`)
    const payee = record.fields.get('P')
    const memoText = record.fields.get('M')
    const memo = [
      payee ? memoText : undefined,
      record.fields.get('N') ? `number ${record.fields.get('N')}` : undefined,
      record.fields.get('L') ? `category ${record.fields.get('L')}` : undefined,
    ]
      .filter((m): m is string => !!m)
      .join('; ')
    return {
      sourceLine: record.line,
      date,
      amountPence: amount.pence,
      description: (payee || memoText || '').replace(/\s+/g, ' '),
      ...(memo ? { memo } : {}),
    }
  })
  return finishStatement(file, { format: 'qif', drafts })
}
