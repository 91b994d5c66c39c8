import { formatDate } from './dates'
import { formatPence } from './money'

/**
 * Sense checks before a plan goes to the council and when a panel decision is recorded (issue 9).
 * Shared so the editor asks the same questions the backend enforces.
 */

/** Why a plan may go to the council without the person's own agreement. */
export const NOT_AGREED_REASONS = [
  {
    code: 'lacks-capacity',
    label: 'They lack capacity to agree the plan: it was decided in their best interests',
    explain: 'The best-interests route: who decided, when, and who was consulted',
  },
  {
    code: 'agreed-not-signed',
    label: 'They agreed, but have not been able to sign or date it yet',
    explain: 'How and when they agreed, and when they will sign',
  },
  {
    code: 'other',
    label: 'Another reason',
    explain: 'Why it goes to the council without their agreement',
  },
] as const
export type NotAgreedReasonCode = (typeof NOT_AGREED_REASONS)[number]['code']

export function notAgreedLabel(code: string): string {
  return NOT_AGREED_REASONS.find((r) => r.code === code)?.label ?? code
}

interface CheckedContent {
  readonly contingency: string
  readonly risks: readonly unknown[]
  readonly people: readonly unknown[]
  readonly budget: { readonly weeklyGrossPence: number | null }
  readonly signOff: { readonly personOn: string | null }
}

export interface MissingItem {
  readonly key: 'agreement' | 'risks' | 'contingency' | 'people' | 'unallocated'
  readonly message: string
}

/**
 * What a plan is missing that the council will ask about, though it may still be submitted (after
 * the adviser confirms; the person's agreement also needs a recorded reason, enforced by the backend).
 */
export function missingBeforeSubmit(c: CheckedContent, weeklyLinesPence: number): MissingItem[] {
  const out: MissingItem[] = []
  if (!c.signOff.personOn)
    out.push({
      key: 'agreement',
      message: 'The person has not agreed the plan (no date in the sign-off).',
    })
  if (c.risks.length === 0) out.push({ key: 'risks', message: 'No risks are recorded.' })
  if (!c.contingency.trim())
    out.push({
      key: 'contingency',
      message: 'Nothing says what happens if support does not turn up.',
    })
  if (c.people.length === 0)
    out.push({ key: 'people', message: 'Nobody is recorded as involved in writing the plan.' })
  const gross = c.budget.weeklyGrossPence
  if (gross !== null && gross > weeklyLinesPence)
    out.push({
      key: 'unallocated',
      message: `${formatPence(gross - weeklyLinesPence)} a week of the budget is not allocated to any costed line.`,
    })
  return out
}

interface DecisionAmounts {
  readonly decision: string
  readonly decidedOn: string
  readonly weeklyRequestedPence: number
  readonly weeklyApprovedPence: number | null
  readonly oneOffRequestedPence: number
  readonly oneOffApprovedPence: number | null
}

const isApproval = (d: { decision: string }) =>
  d.decision === 'approved' || d.decision === 'approved-with-conditions'

function differenceWords(what: string, asked: number, agreed: number): string {
  const diff = agreed - asked
  return `${what}: ${formatPence(agreed)} agreed against ${formatPence(asked)} asked for (${formatPence(Math.abs(diff))} ${diff > 0 ? 'more' : 'less'}).`
}

/** Where an approval's amounts differ from the request, in words; empty when they match. */
export function approvedAmountDifferences(d: DecisionAmounts): string[] {
  if (!isApproval(d)) return []
  const out: string[] = []
  if (d.weeklyApprovedPence !== null && d.weeklyApprovedPence !== d.weeklyRequestedPence)
    out.push(differenceWords('Weekly', d.weeklyRequestedPence, d.weeklyApprovedPence))
  if (d.oneOffApprovedPence !== null && d.oneOffApprovedPence !== d.oneOffRequestedPence)
    out.push(differenceWords('One-off', d.oneOffRequestedPence, d.oneOffApprovedPence))
  return out
}

/** A decision cannot be dated after today: it is recorded once it has been made. */
export function decisionDateProblem(decidedOn: string, today: string): string | null {
  return decidedOn > today
    ? `The decision date ${formatDate(decidedOn)} is in the future: record a decision once the panel has made it.`
    : null
}
