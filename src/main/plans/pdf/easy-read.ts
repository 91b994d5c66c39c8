/**
 * The easy-read support plan, written to the person: large print, short sentences, one idea per line,
 * money in whole sentences, and no table wider than two columns.
 */
import { formatDate } from '../../../shared/dates'
import type { PanelDecision } from '../../../shared/contract/plan-schemas'
import { formatPence } from '../../../shared/money'
import { budgetSentences } from '../../../shared/plan-budget'
import { itemOf, WellbeingAreas } from '../../../shared/reference'
import { lineCosts } from '../plan-rules'
import { type PlanDocumentInput } from './full-plan'
import { type Cell, type Column, type PdfLayout, type TableOptions, type TextStyle } from './layout'
import { sentences } from './text'

type Struct = PDFKit.PDFStructureElement

const INK = '#111111'
const MUTED = '#3f454b'
const ACCENT = '#1d4f7c'

const S = {
  title: { font: 'Helvetica-Bold', size: 32, color: ACCENT, lineGap: 4 },
  h1: { font: 'Helvetica-Bold', size: 24, color: ACCENT, lineGap: 4 },
  h2: { font: 'Helvetica-Bold', size: 18, color: INK, lineGap: 5 },
  body: { font: 'Helvetica', size: 17, color: INK, lineGap: 7 },
  strong: { font: 'Helvetica-Bold', size: 17, color: INK, lineGap: 7 },
  cellHead: { font: 'Helvetica-Bold', size: 16, color: INK, lineGap: 5 },
  cell: { font: 'Helvetica', size: 16, color: INK, lineGap: 5 },
  footer: { font: 'Helvetica', size: 13, color: MUTED, lineGap: 0 },
} satisfies Record<string, TextStyle>

const TABLE: TableOptions = {
  body: S.cell,
  headerStyle: S.cellHead,
  noteStyle: S.cell,
  padding: 8,
  stripeFill: '#f3f6f9',
}

const PROVIDER_WORDS: Record<string, string> = {
  'employed-pa': 'A personal assistant you employ',
  'self-employed-pa': 'A self-employed personal assistant',
  agency: 'A care agency',
  community: 'A community group',
  equipment: 'Equipment',
  other: 'Other help',
}

const MANAGED_WORDS: Record<string, string[]> = {
  'dp-self': ['You get the money as a direct payment.', 'You look after the money yourself.'],
  'dp-managed': [
    'You get the money as a direct payment.',
    'A managed account looks after the money for you.',
  ],
  isf: [
    'Your support provider looks after the money for you.',
    'This is called an individual service fund.',
  ],
  council: ['The council looks after the money.', 'The council pays for your support.'],
  mixed: ['Your money is looked after in more than one way.'],
}

const NOT_YET = ['We have not written this down yet.']

export function drawEasyRead(l: PdfLayout, input: PlanDocumentInput): void {
  const { plan, person } = input
  const c = plan.content
  const b = c.budget
  const t = plan.totals

  const section = (title: string): Struct => {
    const sect = l.group(l.root, 'Sect')
    if (!l.atTop) l.space(22)
    l.text(sect, title, S.h1, { tag: 'H1', keepWithNext: 70, gapAfter: 4 })
    l.doc.outline.addItem(title)
    l.rule(ACCENT, 2, 14)
    return sect
  }
  const say = (parent: Struct, lines: readonly string[], style: TextStyle = S.body) => {
    for (const line of lines) l.text(parent, line, style, { gapAfter: 10 })
  }
  const words = (text: string) => (text.trim() ? sentences(text) : NOT_YET)
  const table = (parent: Struct, columns: [Column, Column], rows: Cell[][]) => {
    l.table(parent, columns, rows, TABLE)
    l.space(16)
  }

  const head = l.group(l.root, 'Sect')
  l.text(head, 'Your support plan', S.title, { tag: 'H1', gapAfter: 18 })
  l.doc.outline.addItem('Your support plan')
  say(head, [
    `This plan is for ${person.name}.`,
    `You wrote it with ${input.organisationName}.`,
    `Your plan number is ${plan.ref}.`,
  ])
  say(head, [statusWords(plan.status)], S.strong)
  if (b.startDate) say(head, [`Your plan starts on ${formatDate(b.startDate)}.`])
  if (b.endDate) say(head, [`Your plan ends on ${formatDate(b.endDate)}.`])
  say(head, [`We printed this on ${formatDate(input.generatedAt.toISOString())}.`])

  let s = section('What matters to you')
  say(s, words(c.whatMatters))

  s = section('What you want to achieve')
  if (c.whatToChange.trim()) say(s, sentences(c.whatToChange))
  if (c.outcomes.length === 0) say(s, NOT_YET)
  c.outcomes.forEach((o, i) => {
    l.space(4)
    l.text(s, `${i + 1}. ${o.text}`, S.h2, { tag: 'H2', keepWithNext: 60, gapAfter: 8 })
    if (o.how.trim()) say(s, [`How: ${o.how.trim()}`])
    if (o.byWhen) say(s, [`We hope this happens by ${formatDate(o.byWhen)}.`])
    const areas = o.wellbeingAreas.map((a) => itemOf(WellbeingAreas, a)?.short ?? a)
    if (areas.length) say(s, [`This helps with: ${areas.join(', ').toLowerCase()}.`])
  })

  const weekly = b.weeklyGrossPence ?? (c.lines.length > 0 ? t.weeklyLinesPence : null)
  s = section(weekly === null ? 'Your money' : `Your money: ${formatPence(weekly)} a week`)
  say(s, budgetSentences(b))
  if (c.lines.length > 0) {
    table(
      s,
      [
        { header: 'What the money pays for', width: 68 },
        { header: 'Cost', width: 32, align: 'right' },
      ],
      c.lines.map((line) => {
        const cost = lineCosts(line)
        return [
          line.description,
          line.unit === 'one-off'
            ? `${formatPence(cost.oneOffPence)} once`
            : `${formatPence(cost.weeklyPence)} a week`,
        ]
      }),
    )
    say(s, [`All of this costs ${formatPence(t.weeklyLinesPence)} a week.`])
    if (t.oneOffPence > 0) say(s, [`Things you pay for once cost ${formatPence(t.oneOffPence)}.`])
  }
  if (t.overBudgetByPence > 0) {
    say(
      s,
      [`Your plan costs ${formatPence(t.overBudgetByPence)} a week more than your budget.`],
      S.strong,
    )
    if (c.overBudgetReason?.trim()) say(s, [`This is why: ${c.overBudgetReason.trim()}`])
  }
  if (b.managementForm) say(s, MANAGED_WORDS[b.managementForm] ?? [])
  const latest = plan.decisions[plan.decisions.length - 1]
  if (latest) say(s, decisionWords(latest))

  s = section('Who helps you')
  const helpers: Cell[][] = [
    ...c.people.map((p) => [
      p.relationship ? `${p.name} (${p.relationship})` : p.name,
      p.role ?? '',
    ]),
    ...c.lines
      .filter((line) => line.providerType !== 'equipment')
      .map((line) => [PROVIDER_WORDS[line.providerType] ?? 'Other help', line.description]),
  ]
  if (helpers.length === 0) say(s, NOT_YET)
  else
    table(
      s,
      [
        { header: 'Who', width: 45 },
        { header: 'How they help', width: 55 },
      ],
      helpers,
    )
  if (c.howSupported.trim()) say(s, sentences(c.howSupported))

  s = section('How you stay in control')
  say(s, words(c.stayingInControl))

  s = section('If your help does not come')
  say(s, words(c.contingency))
  for (const r of c.risks) {
    l.space(4)
    l.text(s, `Something that could go wrong: ${r.risk}`, S.strong, {
      keepWithNext: 40,
      gapAfter: 8,
    })
    if (r.mitigation.trim()) say(s, [`What we will do: ${r.mitigation.trim()}`])
    if (r.owner) say(s, [`Who will do it: ${r.owner}`])
  }

  s = section('Things that need to happen')
  if (c.actions.length === 0) say(s, ['Nothing is written down yet.'])
  for (const a of c.actions) {
    l.text(s, a.action, S.strong, { keepWithNext: 40, gapAfter: 6 })
    const lines: string[] = []
    if (a.owner.trim()) lines.push(`Who: ${a.owner.trim()}`)
    if (a.dueOn) lines.push(`When: by ${formatDate(a.dueOn)}`)
    say(s, lines)
    l.space(6)
  }

  s = section('When we will check how it is going')
  const r = plan.reviewDates
  const checks: string[] = []
  if (r.firstReview) checks.push(`We will check how it is going on ${formatDate(r.firstReview)}.`)
  if (r.annualReview)
    checks.push(`We will look at your whole plan again by ${formatDate(r.annualReview)}.`)
  if (r.directPaymentReview)
    checks.push(`We will check your direct payment by ${formatDate(r.directPaymentReview)}.`)
  say(s, checks.length ? checks : ['We have not set a date yet.'])
  say(s, ['You can ask us to look at your plan at any time.'])

  s = section('Do you agree with this plan?')
  if (c.signOff.personOn) say(s, [`You agreed to this plan on ${formatDate(c.signOff.personOn)}.`])
  else {
    say(s, ['If you agree, please sign here.'])
    l.writeOnLine(s, 'Sign', S.body, MUTED, { lineWidth: 300, labelWidth: 70 })
    l.writeOnLine(s, 'Date', S.body, MUTED, { lineWidth: 300, labelWidth: 70 })
  }

  l.everyPage((page, pages) => {
    const y = l.doc.page.height - 42
    l.label(`Your support plan ${plan.ref}`, l.left, y, S.footer, l.width - 120)
    l.label(`Page ${page} of ${pages}`, l.right - 120, y, S.footer, 120, 'right')
  })
}

function statusWords(status: string): string {
  switch (status) {
    case 'draft':
      return 'This plan is a draft. It is not agreed yet.'
    case 'submitted':
    case 'funding-panel':
      return 'The council is looking at this plan. It is not agreed yet.'
    case 'approved':
    case 'approved-with-conditions':
      return 'The council has agreed this plan.'
    case 'active':
      return 'This is your plan now.'
    case 'deferred':
      return 'The council wants to look at this plan again.'
    case 'declined':
      return 'The council did not agree this plan.'
    case 'superseded':
      return 'This is an old plan. You have a newer one.'
    default:
      return 'This plan has ended.'
  }
}

function decisionWords(d: PanelDecision): string[] {
  const day = formatDate(d.decidedOn)
  switch (d.decision) {
    case 'approved':
    case 'approved-with-conditions': {
      const money = [
        d.weeklyApprovedPence === null ? null : `${formatPence(d.weeklyApprovedPence)} a week`,
        d.oneOffApprovedPence ? `${formatPence(d.oneOffApprovedPence)} once` : null,
      ].filter(Boolean)
      return [
        money.length
          ? `On ${day} the council said yes to ${money.join(' and ')}.`
          : `On ${day} the council said yes to this plan.`,
        ...(d.decision === 'approved-with-conditions'
          ? [`There are some conditions: ${d.conditions ?? ''}`.trim()]
          : []),
      ]
    }
    case 'deferred':
      return [
        `On ${day} the council said it needs to look again.`,
        ...(d.reasons ? [`This is why: ${d.reasons}`] : []),
      ]
    default:
      return [
        `On ${day} the council said no to this plan.`,
        ...(d.reasons ? [`This is why: ${d.reasons}`] : []),
      ]
  }
}
