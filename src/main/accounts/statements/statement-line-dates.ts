import { AppFailure } from '../../../shared/result'
import { badLine } from './statement-failures'
import { type DateOrder, parseDate } from './statement-dates'

/**
 * The order a file's numeric dates are in: the caller's (a layout's, or the user's answer) when
 * given, else the one order every date fits. When the dates fit both (no day over 12) the user is
 * asked with STATEMENTS.DATE_ORDER: reading 03/04 as 3 April when the bank meant 4 March would
 * import a whole file a month out without a word.
 */
export function resolveDateOrder(
  file: string,
  given: DateOrder | undefined,
  possible: () => readonly DateOrder[],
): DateOrder {
  if (given) return given
  const orders = possible()
  if (orders.length === 1) return orders[0]!
  if (orders.length === 0) return 'dmy'
  throw new AppFailure(
    'STATEMENTS.DATE_ORDER',
    `The dates in ${file} could be day first (03/04 is 3 April) or month first (03/04 is 4 March); say which the bank used.`,
    { file, candidates: orders },
  )
}

/** The line's ISO date, or a refusal naming the line: not a date, or a day that does not exist. */
export function readLineDate(file: string, line: number, text: string, order: DateOrder): string {
  if (text === '') throw badLine(file, line, 'it has no date')
  const date = parseDate(text, order)
  if (date === undefined) throw badLine(file, line, `“${text}” is not a date`)
  if (date === null) throw badLine(file, line, `there is no such date as ${text}`)
  return date
}
