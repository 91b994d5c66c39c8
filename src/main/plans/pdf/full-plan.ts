/**
 * The full printable support plan: a header, then the In Control "seven questions" in order (domain.md
 * §2.3), then risks, the action plan, people, panel decisions, review dates and sign-off.
 */
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import { formatDate } from '../../../shared/dates'
import { formatPence } from '../../../shared/money'
import {
  EligibilityOutcomes,
  labelOf,
  PanelDecision,
  PlanStatus,
  WellbeingAreas,
} from '../../../shared/reference'
import { drawBudget, drawHeader } from './full-plan-parts'
import {
  date,
  FIELD_COLUMNS,
  FIELDS,
  likelihood,
  MUTED,
  NOT_RECORDED,
  NOT_RECORDED_CELL,
  RULE,
  S,
  TABLE,
} from './full-plan-style'
import type { Cell, PdfLayout, Struct } from './layout'
import { capitalise } from './text'

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
