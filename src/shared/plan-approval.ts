import { formatDate } from './dates'
import { formatPence } from './money'

interface DecisionLike {
  readonly decision: string
  readonly decidedOn: string
  readonly weeklyApprovedPence: number | null
  readonly oneOffApprovedPence: number | null
}

const APPROVING = new Set(['approved', 'approved-with-conditions'])

/** The latest panel decision that agreed money, or null when none has (yet). */
export function latestApproval<D extends DecisionLike>(decisions: readonly D[]): D | null {
  for (let i = decisions.length - 1; i >= 0; i--) {
    const d = decisions[i]!
    if (APPROVING.has(d.decision)) return d
  }
  return null
}

/** "£384.50 a week and £450.00 once, agreed on 12/03/2026": how the plan and both PDFs say it. */
export function approvalText(d: DecisionLike): string {
  const weekly =
    d.weeklyApprovedPence === null ? null : `${formatPence(d.weeklyApprovedPence)} a week`
  const once = d.oneOffApprovedPence ? `${formatPence(d.oneOffApprovedPence)} once` : null
  const amounts = [weekly, once].filter(Boolean).join(' and ') || 'No amount recorded'
  return `${amounts}, agreed on ${formatDate(d.decidedOn)}`
}
