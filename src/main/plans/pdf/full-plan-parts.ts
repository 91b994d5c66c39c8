/** The full plan's header block and budget section (see full-plan.ts). */
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import { formatDate, formatDateTime } from '../../../shared/dates'
import { formatPence } from '../../../shared/money'
import { approvalText, latestApproval } from '../../../shared/plan-approval'
import { budgetFigures } from '../../../shared/plan-budget'
import {
  CostFrequency,
  isSubWeekly,
  labelOf,
  ManagementForm,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
  PlanStatus,
  ProviderType,
  ServiceComponent,
} from '../../../shared/reference'
import { lineCosts } from '../plan-rules'
import type { Cell, PdfLayout, Struct } from './layout'
import { formatHundredths } from './text'
import type { PlanDocumentInput } from './full-plan'
import { S, TABLE, FIELDS, NOT_RECORDED_CELL, money, date } from './full-plan-style'

export function drawHeader(l: PdfLayout, input: PlanDocumentInput): void {
  const { plan, person } = input
  const head = l.group(l.root, 'Sect')
  l.text(head, input.organisationName, S.org, { gapAfter: 2 })
  l.text(head, 'Support plan', S.title, { tag: 'H1', gapAfter: 2 })
  l.doc.outline.addItem('Support plan')
  l.text(head, person.name, S.name, { gapAfter: 8 })
  const b = plan.content.budget
  const period = b.startDate
    ? b.endDate
      ? `${formatDate(b.startDate)} to ${formatDate(b.endDate)}`
      : `From ${formatDate(b.startDate)}`
    : 'Start date not set yet'
  const label = (text: string): Cell => ({ text, bold: true, header: true })
  const approved = latestApproval(plan.decisions)
  const rows: Cell[][] = [
    [
      label('Person reference'),
      person.ref,
      label('Date of birth'),
      date(person.dateOfBirth, 'Not recorded'),
    ],
    [label('Plan reference'), plan.ref, label('Version'), String(plan.version)],
    [
      label('Status'),
      `${labelOf(PlanStatus, plan.status)} (since ${formatDate(plan.statusChangedAt)})`,
      label('Plan period'),
      period,
    ],
    [
      label('Written'),
      formatDate(plan.createdAt),
      label('Sent to the council'),
      date(plan.submittedAt, 'Not yet'),
    ],
    [
      label('Funding agreed'),
      approved ? approvalText(approved) : 'Not yet',
      label('Agreed by the person'),
      date(plan.content.signOff.personOn, 'Not yet'),
    ],
    [
      label('Printed'),
      formatDateTime(input.generatedAt.toISOString()),
      label('Legal name'),
      person.legalName && person.legalName !== person.name ? person.legalName : person.name,
    ],
  ]
  l.table(
    head,
    [
      { header: 'Item', width: 18 },
      { header: 'Detail', width: 32 },
      { header: 'Item', width: 18 },
      { header: 'Detail', width: 32 },
    ],
    rows,
    {
      ...FIELDS,
      rowHeaders: false,
      body: { ...S.cell, size: 9 },
      headerStyle: { ...S.cellHead, size: 9 },
    },
  )
  l.space(6)
}

export interface Helpers {
  sub: (parent: Struct, title: string) => void
  prose: (parent: Struct, text: string, empty?: string) => void
  fields: (parent: Struct, rows: Cell[][]) => void
}

export function drawBudget(l: PdfLayout, s: Struct, plan: PlanVersion, h: Helpers): void {
  const c = plan.content
  const t = plan.totals
  const b = c.budget
  h.sub(s, 'Costed support')
  if (c.lines.length === 0) h.prose(s, '', 'No costed lines recorded yet.')
  else {
    const rows: Cell[][] = c.lines.map((line, i) => {
      const cost = lineCosts(line)
      const oneOff = line.unit === 'one-off'
      return [
        String(i + 1),
        {
          text: line.description,
          note: line.outcomePositions.length
            ? `For outcome ${line.outcomePositions.join(', ')}`
            : undefined,
        },
        labelOf(ServiceComponent, line.supportType),
        labelOf(ProviderType, line.providerType),
        labelOf(CostFrequency, line.unit),
        formatPence(line.unitCostPence),
        {
          text: formatHundredths(line.quantityHundredths),
          note: isSubWeekly(line.unit) ? 'a week' : undefined,
        },
        oneOff
          ? { text: formatPence(cost.oneOffPence), note: 'one-off' }
          : formatPence(cost.weeklyPence),
      ]
    })
    l.table(
      s,
      [
        { header: '#', width: 4 },
        { header: 'Description', width: 24 },
        { header: 'Support type', width: 13.5 },
        { header: 'Provider', width: 16.5 },
        { header: 'Unit', width: 8.5 },
        { header: 'Unit cost', width: 9.5, align: 'right' },
        { header: 'Quantity', width: 9.5, align: 'right' },
        { header: 'Weekly cost', width: 12, align: 'right' },
      ],
      rows,
      TABLE,
    )
    l.space(4)
    l.text(
      s,
      'Quantity is units a week for hourly, daily and per-session lines, and units per period for the others. Weekly costs use the DHSC conversions (a month is 52/12 weeks).',
      S.note,
      { gapAfter: 8 },
    )
  }

  h.sub(s, 'Totals')
  h.fields(s, [
    ['Weekly cost of the plan', formatPence(t.weeklyLinesPence)],
    ['One-off costs', formatPence(t.oneOffPence)],
    ['Annual cost (weekly cost × 52)', formatPence(t.annualLinesPence)],
  ])

  h.sub(s, 'Your budget')
  const gross = b.weeklyGrossPence
  const figures = budgetFigures(b)
  const rows: Cell[][] = [
    ['Payment basis', labelOf(PaymentBasis, b.paymentBasis) || NOT_RECORDED_CELL],
    [
      'How often the council pays',
      labelOf(PaymentFrequency, b.paymentFrequency) || NOT_RECORDED_CELL,
    ],
    ['Paid in advance or in arrears', labelOf(PaymentTiming, b.paymentTiming) || NOT_RECORDED_CELL],
    ...figures.rows.map((f): Cell[] => [f.label, money(f.pence)]),
  ]
  if (figures.covers) rows.push(['Which weeks a payment is for', figures.covers])
  rows.push(
    ['How the budget is managed', labelOf(ManagementForm, b.managementForm) || NOT_RECORDED_CELL],
    ['Plan starts', date(b.startDate)],
    ['Plan ends', date(b.endDate, 'No end date')],
  )
  if (gross !== null) {
    const diff = t.weeklyLinesPence - gross
    rows.push([
      'Plan against budget',
      diff > 0
        ? `${formatPence(diff)} a week over the budget`
        : diff < 0
          ? `${formatPence(-diff)} a week under the budget`
          : 'Exactly the budget',
    ])
  }
  if (t.overBudgetByPence > 0)
    rows.push([
      'Why the plan costs more than the budget',
      c.overBudgetReason?.trim() || NOT_RECORDED_CELL,
    ])
  h.fields(s, rows)
}
