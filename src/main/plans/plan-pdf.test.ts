import { writeFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import {
  PlanContent,
  type PlanContentInput,
  type PlanVersion,
} from '../../shared/contract/plan-schemas'
import { formatHundredths, pdfSafe, sentences } from './pdf/text'
import { renderPlanPdf, type PlanPdfInput } from './plan-pdf'
import { planTotals, reviewDates } from './plan-rules'

const CP1252_HIGH: Record<number, string> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x95: '•',
  0x96: '–',
  0x97: '—',
}

/** Every content stream of the file, inflated when compressed. */
function contentStreams(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1')
  const out: string[] = []
  const re = /stream\r?\n([\s\S]*?)\r?\nendstream/g
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    const bytes = Buffer.from(m[1] ?? '', 'latin1')
    try {
      out.push(inflateSync(bytes).toString('latin1'))
    } catch {
      out.push(bytes.toString('latin1'))
    }
  }
  return out
}

/**
 * The text drawn in the PDF, one string per text-showing operator. pdfkit writes standard-font text as
 * hex strings in TJ arrays (`[<416c6578> 15 <20536d697468>] TJ`), in WinAnsi encoding.
 */
function drawnText(pdf: Buffer): string[] {
  const lines: string[] = []
  for (const stream of contentStreams(pdf)) {
    const re = /\[((?:\s*(?:<[0-9a-fA-F]*>|-?[\d.]+))*)\s*\]\s*TJ/g
    for (let m = re.exec(stream); m; m = re.exec(stream)) {
      const hex = [...(m[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join('')
      let text = ''
      for (let i = 0; i < hex.length; i += 2) {
        const code = parseInt(hex.slice(i, i + 2), 16)
        text += CP1252_HIGH[code] ?? String.fromCharCode(code)
      }
      lines.push(text)
    }
  }
  return lines
}

/** All the drawn text as one string, lines joined and spaces collapsed (as a reader would hear it). */
const allText = (pdf: Buffer) => drawnText(pdf).join(' ').replace(/\s+/g, ' ')
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length
const fontSizes = (pdf: Buffer) =>
  contentStreams(pdf).flatMap((s) =>
    [...s.matchAll(/\/F\d+ ([\d.]+) Tf/g)].map((m) => Number(m[1])),
  )

function planVersion(content: PlanContentInput, overrides: Partial<PlanVersion> = {}): PlanVersion {
  const parsed = PlanContent.parse(content)
  const totals = planTotals(parsed)
  return {
    id: 7,
    ref: 'C-000123/P1V2',
    personRef: 'C-000123',
    planNo: 1,
    version: 2,
    status: 'approved-with-conditions',
    statusChangedAt: '2026-03-12T15:04:00.000Z',
    startDate: parsed.budget.startDate,
    weeklyGrossPence: parsed.budget.weeklyGrossPence,
    weeklyLinesPence: totals.weeklyLinesPence,
    content: parsed,
    totals,
    reviewDates: reviewDates(parsed.budget, 6, '2026-03-20'),
    decisions: [],
    nextStatuses: ['active'],
    isEditable: false,
    createdAt: '2026-02-02T10:00:00.000Z',
    updatedAt: '2026-02-19T16:00:00.000Z',
    submittedAt: '2026-02-20T09:30:00.000Z',
    ...overrides,
  }
}

const paLine: NonNullable<PlanContentInput['lines']>[number] = {
  description: 'Personal assistant: morning personal care, breakfast and getting ready to go out',
  supportType: 'home-support',
  providerType: 'employed-pa',
  unit: 'hour',
  unitCostPence: 1375,
  quantityHundredths: 1250,
  outcomePositions: [1],
}

const content: PlanContentInput = {
  whatMatters:
    'My allotment and the people there. Seeing my sister Jo on Sundays. Being up and dressed by 9 so I can get out.\nI do not want to go into a home.',
  whatToChange: 'I want mornings to be calmer and to get back to the allotment.',
  howSupported:
    'A personal assistant I choose and employ comes every morning. Jo helps at weekends. The allotment club gives me a lift twice a week.',
  howBudgetUsed:
    'Most of the money pays my PA. A small amount pays for the club and a shower chair.',
  howManaged:
    'Northshire Independent Living runs a managed account and does the payroll for my PA.',
  stayingInControl: '',
  contingency:
    'If my PA cannot come, I ring Jo first. If Jo cannot come, the managed account calls the agency on the emergency list.',
  budget: {
    weeklyGrossPence: 42000,
    weeklyContributionPence: 3550,
    paymentBasis: 'gross',
    paymentFrequency: '4-weekly',
    paymentTiming: 'advance',
    managementForm: 'dp-managed',
    startDate: '2026-04-06',
    endDate: null,
  },
  outcomes: [
    {
      text: 'I want to be up, washed and dressed by 9 every morning, without rushing.',
      how: 'PA for 12.5 hours a week, with a shower chair so I can sit down.',
      byWhen: '2026-06-30',
      wellbeingAreas: ['a', 'b'],
      eligibilityOutcomes: ['b', 'd'],
    },
    {
      text: 'I want to get back to my allotment twice a week.',
      how: 'The allotment club picks me up on Tuesdays and Fridays.',
      byWhen: null,
      wellbeingAreas: ['e', 'g'],
      eligibilityOutcomes: ['i'],
    },
  ],
  lines: [
    paLine,
    {
      description: 'Allotment club sessions, with transport there and back',
      supportType: 'day-support',
      providerType: 'community',
      unit: 'session',
      unitCostPence: 11500,
      quantityHundredths: 200,
      outcomePositions: [2],
    },
    {
      description: 'Shower chair',
      supportType: 'equipment',
      providerType: 'equipment',
      unit: 'one-off',
      unitCostPence: 12000,
      quantityHundredths: 100,
      outcomePositions: [1],
    },
  ],
  risks: [
    {
      risk: 'PA is off sick at short notice and nobody comes in the morning.',
      likelihood: 'medium',
      impact: 'high',
      mitigation: 'Jo is the first back-up; the agency on the emergency list is the second.',
      owner: 'Jo Smith',
    },
  ],
  actions: [
    {
      action: 'Advertise for a second PA for weekends',
      owner: 'Alex, with the adviser',
      dueOn: '2026-05-01',
    },
  ],
  people: [
    {
      name: 'Jo Smith',
      relationship: 'Sister',
      role: 'Back-up when the PA cannot come',
      consultedOn: '2026-02-10',
    },
  ],
  signOff: { personOn: '2026-02-18', adviserOn: '2026-02-18', councilOn: null, councilName: null },
}

const decision: PlanVersion['decisions'][number] = {
  id: 1,
  decidedOn: '2026-03-12',
  panel: 'Northshire Resource Panel',
  weeklyRequestedPence: 42000,
  weeklyApprovedPence: 42000,
  oneOffRequestedPence: 12000,
  oneOffApprovedPence: 12000,
  decision: 'approved-with-conditions',
  conditions: 'Review the PA hours at the 6-week review.',
  reasons: null,
  appeal: null,
}

function input(plan: PlanVersion, easyRead: boolean): PlanPdfInput {
  return {
    plan,
    person: {
      name: 'Alex Smith',
      legalName: 'Alexandra Smith',
      ref: 'C-000123',
      dateOfBirth: '1961-07-14',
    },
    organisationName: 'Northshire Independent Living',
    easyRead,
    generatedAt: new Date('2026-03-20T11:45:00Z'),
  }
}

const plan = planVersion(content, { decisions: [decision] })

describe('renderPlanPdf: the full plan', () => {
  it('is a complete PDF file', async () => {
    const pdf = await renderPlanPdf(input(plan, false))
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
    if (process.env.PLAN_PDF_OUT) writeFileSync(`${process.env.PLAN_PDF_OUT}/plan-full.pdf`, pdf)
  })

  it('shows the person, the plan and the money (read from the compressed streams)', async () => {
    const text = allText(await renderPlanPdf(input(plan, false)))
    for (const expected of [
      'Northshire Independent Living',
      'Alex Smith',
      'C-000123/P1V2',
      'Approved with conditions',
      '1. What is important to you',
      '2. What you want to change or achieve',
      'Outcome 1: I want to be up, washed and dressed by 9 every morning, without rushing.',
      'Maintaining personal hygiene',
      'Personal dignity (including treatment of the individual with respect)',
      '4. How you will use your personal budget',
      'Employed personal assistant',
      '£13.75',
      '12.5',
      '£171.88',
      '£230.00',
      '£401.88',
      '£120.00',
      '£20,897.76',
      '£18.12 a week under the budget',
      '£420.00',
      '£35.50',
      'The council pays each week (the whole budget; it invoices their contribution) £420.00',
      'Each council payment (every 4 weeks, in advance) £1,680.00',
      'Their contribution, invoiced by the council (every 4 weeks) £142.00',
      'Funding agreed £420.00 a week and £120.00 once, agreed on 12/03/2026',
      'Every 4 weeks',
      'In advance',
      'Direct payment via managed account',
      'Risks and what happens if support does not turn up',
      'PA is off sick at short notice',
      'Advertise for a second PA for weekends',
      'Funding panel decisions',
      'Review the PA hours at the 6-week review.',
      '18/05/2026',
      '06/04/2027',
      '06/10/2026',
      'Sign-off',
      'Not recorded yet.',
      'Page 1 of',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('is tagged for screen readers, in British English, with its title shown', async () => {
    const raw = (await renderPlanPdf(input(plan, false), { compress: false })).toString('latin1')
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toMatch(/\/Marked true/)
    expect(raw).toContain('/Lang (en-GB)')
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    expect(raw).toContain('(Support plan C-000123/P1V2: Alex Smith)')
    expect(raw).toMatch(/\/Author \d+ 0 R/)
    for (const tag of ['/S /H1', '/S /P', '/S /Table', '/S /TH', '/S /TD', '/Artifact'])
      expect(raw).toContain(tag)
  })

  it('flows a 60-line plan over several pages, repeating the table header and numbering every page', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => ({
      ...paLine,
      description: `PA visit ${i + 1}`,
      quantityHundredths: 50,
    }))
    const big = planVersion({ ...content, lines })
    const pdf = await renderPlanPdf(input(big, false))
    const pages = pageCount(pdf)
    expect(pages).toBeGreaterThan(1)
    const text = drawnText(pdf)
    expect(text).toContain(`Page ${pages} of ${pages}`)
    expect(text.filter((t) => t === 'Weekly cost').length).toBeGreaterThan(1)
    expect(text.filter((t) => t.includes('C-000123/P1V2')).length).toBeGreaterThanOrEqual(pages)
    expect(text).toContain('PA visit 60')
    if (process.env.PLAN_PDF_OUT) writeFileSync(`${process.env.PLAN_PDF_OUT}/plan-big.pdf`, pdf)
  })

  it('says "Not recorded yet" for an empty plan instead of dropping sections', async () => {
    const empty = planVersion({}, { status: 'draft', submittedAt: null })
    const text = allText(await renderPlanPdf(input(empty, false)))
    expect(text).toContain('How your support will be managed')
    expect(text).toContain('No outcomes recorded yet.')
    expect(text).toContain('No costed lines recorded yet.')
    expect(text).not.toContain('Funding panel decisions')
    expect(text.match(/Not recorded yet\./g)?.length).toBeGreaterThan(3)
  })

  it('shows names the standard fonts cannot draw without corrupting the file', async () => {
    const odd = input(plan, false)
    odd.person = { ...odd.person, name: 'Zoë Łukasz-Dvořák 😀' }
    const text = allText(await renderPlanPdf(odd))
    expect(text).toContain('Zoë Lukasz-Dvorák ?')
  })

  it('is the same file for the same plan and time', async () => {
    const a = await renderPlanPdf(input(plan, false))
    const b = await renderPlanPdf(input(plan, false))
    expect(a.equals(b)).toBe(true)
  })
})

describe('renderPlanPdf: budget figures agree with the payment basis', () => {
  it.each([
    ['gross', '£420.00', '£1,680.00'],
    ['net', '£384.50', '£1,538.00'],
  ] as const)(
    '%s: both PDFs give the council the same weekly and 4-weekly figures',
    async (basis, weekly, each) => {
      const p = planVersion({ ...content, budget: { ...content.budget, paymentBasis: basis } })
      const full = allText(await renderPlanPdf(input(p, false)))
      expect(full).toMatch(
        new RegExp(`The council pays each week \\([^)]*\\) ${weekly.replace('.', '\\.')}`),
      )
      expect(full).toContain(`Each council payment (every 4 weeks, in advance) ${each}`)
      expect(full).not.toContain('Net council payment')
      const easy = allText(await renderPlanPdf(input(p, true)))
      expect(easy).toContain(
        `The council pays ${weekly} each week.`.replace('pays £420.00', 'pays all of it: £420.00'),
      )
      expect(easy).toContain(`The council pays ${each} every 4 weeks.`)
    },
  )
})

describe('renderPlanPdf: the easy-read version', () => {
  it('speaks to the person in large print with money as sentences', async () => {
    const pdf = await renderPlanPdf(input(plan, true))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true)
    if (process.env.PLAN_PDF_OUT) writeFileSync(`${process.env.PLAN_PDF_OUT}/plan-easy.pdf`, pdf)
    const text = allText(pdf)
    for (const expected of [
      'Your support plan',
      'This plan is for Alex Smith.',
      'C-000123/P1V2',
      'What matters to you',
      'What you want to achieve',
      'Your money: £420.00 a week',
      'The council pays all of it: £420.00 each week.',
      'You pay £35.50 a week towards it. The council will send you a bill for this.',
      'The council pays £1,680.00 every 4 weeks.',
      'On 12/03/2026 the council said yes to £420.00 a week and £120.00 once.',
      'Who helps you',
      'If your help does not come',
      'When we will check how it is going',
      'We will check how it is going on 18/05/2026.',
      'The council has agreed this plan.',
    ]) {
      expect(text).toContain(expected)
    }
    const sizes = fontSizes(pdf)
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(13)
    expect(sizes).toContain(17)
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(22)
  })

  it('uses no table wider than two columns', async () => {
    const raw = (await renderPlanPdf(input(plan, true), { compress: false })).toString('latin1')
    expect(raw).toContain('/S /Table')
    // Each row element lists its cells as kids; none has more than two.
    const rows = [...raw.matchAll(/\/S \/TR[\s\S]*?\/K \[([^\]]*)\]/g)].map(
      (m) => (m[1]?.match(/\d+ 0 R/g) ?? []).length,
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(Math.max(...rows)).toBeLessThanOrEqual(2)
  })
})

describe('plan PDF text helpers', () => {
  it('formats hundredths plainly', () => {
    expect(formatHundredths(1250)).toBe('12.5')
    expect(formatHundredths(100)).toBe('1')
    expect(formatHundredths(1275)).toBe('12.75')
    expect(formatHundredths(5)).toBe('0.05')
    expect(formatHundredths(123_456_00)).toBe('123,456')
  })

  it('keeps WinAnsi text and replaces the rest', () => {
    expect(pdfSafe('£1,538.00 – Alex’s plan')).toBe('£1,538.00 – Alex’s plan')
    expect(pdfSafe('a\tb\r\nc\u0007')).toBe('a b\nc')
    expect(pdfSafe('Łódź 漢')).toBe('Lódz ?')
  })

  it('splits free text into one sentence a line', () => {
    expect(sentences('I like Dr. Patel. She listens!\nSundays matter.')).toEqual([
      'I like Dr. Patel.',
      'She listens!',
      'Sundays matter.',
    ])
  })
})
