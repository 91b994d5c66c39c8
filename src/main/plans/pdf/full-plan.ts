/**
 * The full printable support plan: a header, then the In Control "seven questions" in order (domain.md
 * §2.3), then risks, the action plan, people, panel decisions, review dates and sign-off.
 */
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import { formatDate, formatDateTime } from '../../../shared/dates'
import { formatPence, weeklyToPeriod, pence, type Frequency } from '../../../shared/money'
import {
  CostFrequency,
  EligibilityOutcomes,
  isSubWeekly,
  labelOf,
  ManagementForm,
  PanelDecision,
  PaymentBasis,
  PaymentFrequency,
  PaymentTiming,
  PlanStatus,
  ProviderType,
  ServiceComponent,
  WellbeingAreas,
} from '../../../shared/reference'
import { lineCosts } from '../plan-rules'
import { type Cell, type Column, type PdfLayout, type TableOptions, type TextStyle } from './layout'
import { capitalise, formatHundredths } from './text'

export interface PlanPdfPerson {
  name: string
  legalName: string
  ref: string
  dateOfBirth: string | null
}

export interface PlanDocumentInput {
  plan: PlanVersion
  person: PlanPdfPerson
  organisationName: string
  generatedAt: Date
}

type Struct = PDFKit.PDFStructureElement

const INK = '#1b1b1b'
const MUTED = '#4d545c'
const ACCENT = '#1d4f7c'
const RULE = '#9fb3c8'

const S = {
  org: { font: 'Helvetica-Bold', size: 10, color: MUTED, lineGap: 1 },
  title: { font: 'Helvetica-Bold', size: 22, color: ACCENT, lineGap: 2 },
  name: { font: 'Helvetica-Bold', size: 15, color: INK, lineGap: 2 },
  h1: { font: 'Helvetica-Bold', size: 14, color: ACCENT, lineGap: 2 },
  h2: { font: 'Helvetica-Bold', size: 11, color: INK, lineGap: 2 },
  body: { font: 'Helvetica', size: 10, color: INK, lineGap: 2.5 },
  empty: { font: 'Helvetica-Oblique', size: 10, color: MUTED, lineGap: 2.5 },
  cell: { font: 'Helvetica', size: 8.5, color: INK, lineGap: 1.5 },
  cellHead: { font: 'Helvetica-Bold', size: 8.5, color: INK, lineGap: 1.5 },
  note: { font: 'Helvetica', size: 7.5, color: MUTED, lineGap: 1 },
  footer: { font: 'Helvetica', size: 8, color: MUTED, lineGap: 0 },
} satisfies Record<string, TextStyle>

const TABLE: TableOptions = {
  body: S.cell,
  headerStyle: S.cellHead,
  noteStyle: S.note,
  stripeFill: '#f5f7fa',
}
const FIELDS: TableOptions = { ...TABLE, showHeader: false, rowHeaders: true, stripeFill: null }
const FIELD_COLUMNS: Column[] = [
  { header: 'Item', width: 32 },
  { header: 'Detail', width: 68 },
]

const NOT_RECORDED = 'Not recorded yet.'
/** The same, in a table cell (no full stop, like the other cell values). */
const NOT_RECORDED_CELL = 'Not recorded yet'
const money = (p: number | null | undefined) =>
  p === null || p === undefined ? NOT_RECORDED_CELL : formatPence(p)
const date = (d: string | null | undefined, none = 'Not set yet') => (d ? formatDate(d) : none)
const likelihood = (v: string | null) => (v ? capitalise(v) : '')

export function drawFullPlan(l: PdfLayout, input: PlanDocumentInput): void {
  const { plan } = input
  const c = plan.content
  let number = 0
  const section = (title: string, keepWithNext = 60): Struct => {
    number += 1
    const sect = l.group(l.root, 'Sect')
    if (!l.atTop) l.space(14)
    l.text(sect, `${number}. ${title}`, S.h1, { tag: 'H1', keepWithNext, gapAfter: 3 })
    l.doc.outline.addItem(`${number}. ${title}`)
    l.rule(RULE, 0.75, 8)
    return sect
  }
  const prose = (parent: Struct, text: string, empty = NOT_RECORDED) => {
    if (text.trim()) l.text(parent, text.trim(), S.body, { gapAfter: 6 })
    else l.text(parent, empty, S.empty, { gapAfter: 6 })
  }
  const sub = (parent: Struct, title: string) => {
    l.space(4)
    l.text(parent, title, S.h2, { tag: 'H2', keepWithNext: 40, gapAfter: 4 })
  }
  const fields = (parent: Struct, rows: Cell[][]) => {
    l.table(parent, FIELD_COLUMNS, rows, FIELDS)
    l.space(8)
  }

  drawHeader(l, input)

  let s = section('What is important to you')
  prose(s, c.whatMatters)

  s = section('What you want to change or achieve')
  if (c.whatToChange.trim()) prose(s, c.whatToChange)
  if (c.outcomes.length === 0) prose(s, '', 'No outcomes recorded yet.')
  c.outcomes.forEach((o, i) => {
    const linesFor = c.lines.flatMap((line, n) =>
      line.outcomePositions.includes(i + 1) ? [String(n + 1)] : [],
    )
    sub(s, `Outcome ${i + 1}: ${o.text}`)
    fields(s, [
      ['How', o.how.trim() || NOT_RECORDED_CELL],
      ['By when', date(o.byWhen, 'No date set')],
      [
        'Wellbeing areas',
        o.wellbeingAreas.map((a) => capitalise(labelOf(WellbeingAreas, a))).join('; ') ||
          'None linked',
      ],
      [
        'Eligibility outcomes',
        o.eligibilityOutcomes.map((e) => capitalise(labelOf(EligibilityOutcomes, e))).join('; ') ||
          'None linked',
      ],
      ['Paid for by budget lines', linesFor.join(', ') || 'None linked'],
    ])
  })

  s = section('How you will be supported')
  prose(s, c.howSupported)

  s = section('How you will use your personal budget')
  if (c.howBudgetUsed.trim()) prose(s, c.howBudgetUsed)
  drawBudget(l, s, plan, { sub, prose, fields })

  s = section('How your support will be managed')
  prose(s, c.howManaged)

  s = section('How you will stay in control')
  prose(s, c.stayingInControl)

  s = section('Risks and what happens if support does not turn up')
  sub(s, 'Risks and how they are managed')
  if (c.risks.length === 0) prose(s, '', 'No risks recorded yet.')
  else {
    l.table(
      s,
      [
        { header: 'Risk', width: 30 },
        { header: 'Likelihood', width: 11 },
        { header: 'Impact', width: 10 },
        { header: 'How it is managed', width: 34 },
        { header: 'Who', width: 15 },
      ],
      c.risks.map((r) => [
        r.risk,
        likelihood(r.likelihood),
        likelihood(r.impact),
        r.mitigation,
        r.owner ?? '',
      ]),
      TABLE,
    )
    l.space(8)
  }
  sub(s, 'If your support does not turn up')
  prose(s, c.contingency)

  s = section('Action plan')
  if (c.actions.length === 0) prose(s, '', 'No actions recorded yet.')
  else {
    l.table(
      s,
      [
        { header: '#', width: 5 },
        { header: 'What will happen', width: 55 },
        { header: 'Who', width: 24 },
        { header: 'By when', width: 16 },
      ],
      c.actions.map((a, i) => [String(i + 1), a.action, a.owner, date(a.dueOn, 'No date set')]),
      TABLE,
    )
  }

  s = section('People involved')
  if (c.people.length === 0) prose(s, '', 'No one else recorded yet.')
  else {
    l.table(
      s,
      [
        { header: 'Name', width: 26 },
        { header: 'Relationship', width: 22 },
        { header: 'Role in the plan', width: 34 },
        { header: 'Consulted on', width: 18 },
      ],
      c.people.map((p) => [p.name, p.relationship ?? '', p.role ?? '', date(p.consultedOn, '')]),
      TABLE,
    )
  }

  if (plan.decisions.length > 0) {
    s = section('Funding panel decisions')
    for (const d of plan.decisions) {
      sub(s, `${formatDate(d.decidedOn)}: ${d.panel}`)
      const rows: Cell[][] = [
        ['Decision', labelOf(PanelDecision, d.decision)],
        ['Weekly amount asked for', formatPence(d.weeklyRequestedPence)],
        [
          'Weekly amount agreed',
          d.weeklyApprovedPence === null ? 'None' : formatPence(d.weeklyApprovedPence),
        ],
      ]
      if (d.oneOffRequestedPence > 0 || d.oneOffApprovedPence !== null) {
        rows.push(['One-off amount asked for', formatPence(d.oneOffRequestedPence)])
        rows.push([
          'One-off amount agreed',
          d.oneOffApprovedPence === null ? 'None' : formatPence(d.oneOffApprovedPence),
        ])
      }
      if (d.conditions) rows.push(['Conditions', d.conditions])
      if (d.reasons) rows.push(['Reasons', d.reasons])
      if (d.appeal) rows.push(['Appeal', d.appeal])
      fields(s, rows)
    }
  }

  s = section('Review dates')
  fields(s, [
    ['First review (6 to 8 weeks after the start)', date(plan.reviewDates.firstReview)],
    ['Annual review', date(plan.reviewDates.annualReview)],
    [
      'Direct payment review',
      date(plan.reviewDates.directPaymentReview, 'Not needed or not set yet'),
    ],
    ['Next review due', date(plan.reviewDates.nextDue)],
  ])

  s = section('Sign-off', 180)
  l.text(
    s,
    'By signing, each person agrees that this plan is a true record and that it can go ahead.',
    S.body,
    {
      gapAfter: 6,
    },
  )
  const signer = (title: string, who: string | null, on: string | null) => {
    l.ensureSpace(120)
    sub(s, title)
    l.writeOnLine(s, 'Name', S.body, MUTED, { value: who })
    l.writeOnLine(s, 'Signature', S.body, MUTED)
    l.writeOnLine(s, 'Date', S.body, MUTED, { value: on ? formatDate(on) : null })
    l.space(12)
  }
  signer('The person', input.person.name, c.signOff.personOn)
  signer(`The adviser, for ${input.organisationName}`, null, c.signOff.adviserOn)
  signer('The council', c.signOff.councilName, c.signOff.councilOn)

  l.everyPage((page, pages) => {
    const y = l.doc.page.height - 38
    l.doc
      .moveTo(l.left, y - 6)
      .lineTo(l.right, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke()
    const status = labelOf(PlanStatus, plan.status)
    l.label(
      `${input.person.name} · Support plan ${plan.ref} · ${status}`,
      l.left,
      y,
      S.footer,
      l.width - 80,
    )
    l.label(`Page ${page} of ${pages}`, l.right - 80, y, S.footer, 80, 'right')
  })
}

function drawHeader(l: PdfLayout, input: PlanDocumentInput): void {
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

interface Helpers {
  sub: (parent: Struct, title: string) => void
  prose: (parent: Struct, text: string, empty?: string) => void
  fields: (parent: Struct, rows: Cell[][]) => void
}

function drawBudget(l: PdfLayout, s: Struct, plan: PlanVersion, h: Helpers): void {
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
  const rows: Cell[][] = [
    ['Weekly budget (gross)', money(gross)],
    ['Your weekly contribution', money(b.weeklyContributionPence)],
    ['Net council payment each week', money(t.weeklyNetCouncilPence)],
    ['Payment basis', labelOf(PaymentBasis, b.paymentBasis) || NOT_RECORDED_CELL],
    [
      'How often the council pays',
      labelOf(PaymentFrequency, b.paymentFrequency) || NOT_RECORDED_CELL,
    ],
    ['Paid in advance or in arrears', labelOf(PaymentTiming, b.paymentTiming) || NOT_RECORDED_CELL],
  ]
  const payable = b.paymentBasis === 'gross' ? gross : t.weeklyNetCouncilPence
  if (payable !== null && b.paymentBasis && b.paymentFrequency) {
    const each = weeklyToPeriod(pence(payable), b.paymentFrequency as Frequency)
    rows.push([
      `Each payment (${labelOf(PaymentFrequency, b.paymentFrequency).toLowerCase()})`,
      formatPence(each),
    ])
  }
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
