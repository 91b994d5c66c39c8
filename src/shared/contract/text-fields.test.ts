import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { Password } from './auth-schemas'
import { routeNames, routes } from './routes'

/**
 * Every string a route takes, found by walking the route table's input schemas: a new free-text
 * field cannot skip the character rules (`textRule`).
 */
interface StringField {
  /** `route path`, e.g. `people.create fields.legalGivenName`; `[]` an array item, `{key}` a key. */
  readonly name: string
  /** The field's whole schema (optional, default, transform and all), as the route parses it. */
  readonly schema: z.ZodType
}

type Def = { type: string } & Record<string, unknown>
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'])
/** Containers the walk does not open yet: a string inside one would be missed, so it stops. */
const UNWALKED = new Set(['lazy', 'intersection', 'tuple', 'map', 'set', 'promise', 'function'])

function collect(schema: z.ZodType, path: string, outer: z.ZodType, out: StringField[]): void {
  // Secrets: never stored as text or printed, and refusing a character at sign-in could lock out
  // someone whose password was set with one (a stray arrow key at the CLI's prompt, say).
  if (schema === Password) return
  const def = defOf(schema)
  const walk = (inner: unknown, innerPath: string, innerOuter: z.ZodType) =>
    collect(inner as z.ZodType, innerPath, innerOuter, out)
  if (WRAPPERS.has(def.type)) walk(def.innerType, path, outer)
  else if (def.type === 'pipe') walk(def.in, path, outer)
  else if (def.type === 'object') {
    for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>))
      walk(value, path ? `${path}.${key}` : key, value)
  } else if (def.type === 'array') walk(def.element, `${path}[]`, def.element as z.ZodType)
  else if (def.type === 'record') {
    walk(def.keyType, `${path}{key}`, def.keyType as z.ZodType)
    walk(def.valueType, `${path}{}`, def.valueType as z.ZodType)
  } else if (def.type === 'union') {
    for (const option of def.options as z.ZodType[]) walk(option, path, option)
  } else if (def.type === 'string') out.push({ name: path, schema: outer })
  else if (UNWALKED.has(def.type)) throw new Error(`Teach the walk about ${def.type} (${path}).`)
}

const fields: StringField[] = routeNames.flatMap((route) => {
  const found: StringField[] = []
  collect(routes[route].input, '', routes[route].input, found)
  return found.map((f) => ({ ...f, name: `${route} ${f.name}` }))
})

/** Values some field accepts; each field is probed with the first it accepts. */
const SAMPLES = [
  'Ann Example',
  'ann.example',
  'C-000123',
  'C-000123/P1V2',
  'ann@example.org',
  '2020-01-02',
  '2020-01-02T10:00:00Z',
  'E08000034',
  '943 476 5919',
  'HD1 2AB',
  'ABCD-EFGH-1234-5678',
  '0123456789abcdef'.repeat(4),
  'QUJDREVG',
]

function sampleFor(field: StringField): string {
  const sample = SAMPLES.find((s) => field.schema.safeParse(s).success)
  if (!sample) throw new Error(`Add a value that ${field.name} accepts to SAMPLES.`)
  return sample
}

const withInside = (sample: string, inserted: string) => {
  const at = Math.ceil(sample.length / 2)
  return sample.slice(0, at) + inserted + sample.slice(at)
}

/** Text typed in a text box: line breaks are kept (as `\n`). Every other string is one line. */
const MULTI_LINE = [
  'circle.add member.address',
  'circle.add member.mayBeTold',
  'circle.add member.notes',
  'circle.update member.address',
  'circle.update member.mayBeTold',
  'circle.update member.notes',
  'db.acceptAuditBreak reason',
  'notes.add body',
  'notes.correct body',
  'notes.correct reason',
  'notes.addTo body',
  'people.create fields.communicationNeeds',
  'people.create referral.outcome',
  'people.create referral.reason',
  'people.saveProfile profile.dailyRoutine',
  'people.saveProfile profile.howToSupport',
  'people.saveProfile profile.importantToMe',
  'people.saveProfile profile.lifeStory',
  'people.saveProfile profile.likeAndAdmire',
  'people.saveProfile profile.notWorking',
  'people.saveProfile profile.weeklyRoutine',
  'people.setStatus reason',
  'people.update fields.communicationNeeds',
  'plans.recordAppeal appeal',
  'plans.recordDecision decision.conditions',
  'plans.recordDecision decision.reasons',
  'plans.saveDraft content.actions[].action',
  'plans.saveDraft content.contingency',
  'plans.saveDraft content.howBudgetUsed',
  'plans.saveDraft content.howManaged',
  'plans.saveDraft content.howSupported',
  'plans.saveDraft content.outcomes[].how',
  'plans.saveDraft content.outcomes[].text',
  'plans.saveDraft content.overBudgetReason',
  'plans.saveDraft content.risks[].mitigation',
  'plans.saveDraft content.risks[].risk',
  'plans.saveDraft content.stayingInControl',
  'plans.saveDraft content.whatMatters',
  'plans.saveDraft content.whatToChange',
  'plans.submit withoutAgreement.explanation',
  'referrals.add referral.outcome',
  'referrals.add referral.reason',
  'referrals.update referral.outcome',
  'referrals.update referral.reason',
  'sharing.save note',
]

/** What must never get in: ESC, BEL, NUL, DEL, C1's CSI, overrides and isolates, invisibles. */
const REFUSED_EVERYWHERE: [string, string][] = [
  ['ESC', '\u001b[31m'],
  ['BEL', '\u0007'],
  ['NUL', '\u0000'],
  ['DEL', '\u007f'],
  ['CSI (C1)', '\u009b'],
  ['right-to-left override', '\u202e'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left mark', '\u200f'],
  ['zero-width space', '\u200b'],
  ['byte-order mark', '\ufeff'],
  ['a lone surrogate', '\ud800'],
]

/** LF, CR LF, CR, and the line breaks pasted text brings: VT (Word), FF, NEL, LS, PS. */
const LINE_BREAKS = ['\n', '\r\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029']

describe('every string a route takes', () => {
  it('is found by walking the route table (a sanity check on the walk)', () => {
    const names = fields.map((f) => f.name)
    expect(names).toContain('people.create fields.legalGivenName')
    expect(names).toContain('plans.saveDraft content.people[].name')
    expect(names).toContain('imports.preview mapping{key}')
    expect(names).toContain('auth.checkPassword userInputs[]')
    expect(names).not.toContain('auth.signIn password')
    expect(fields.length).toBeGreaterThan(100)
  })

  it.each(fields.map((f) => [f.name, f] as const))(
    '%s refuses control, direction and invisible characters',
    (_name, field) => {
      const sample = sampleFor(field)
      for (const [what, bad] of REFUSED_EVERYWHERE) {
        expect(field.schema.safeParse(withInside(sample, bad)).success, what).toBe(false)
      }
    },
  )

  it.each(fields.map((f) => [f.name, f] as const))(
    '%s keeps line breaks (as \\n) only if it is multi-line text',
    (name, field) => {
      const sample = sampleFor(field)
      for (const lineBreak of LINE_BREAKS) {
        const parsed = field.schema.safeParse(withInside(sample, lineBreak))
        if (MULTI_LINE.includes(name)) {
          expect(parsed.success, JSON.stringify(lineBreak)).toBe(true)
          expect(parsed.data).toBe(withInside(sample, '\n'))
        } else expect(parsed.success, JSON.stringify(lineBreak)).toBe(false)
      }
    },
  )

  it('lists only fields that exist as multi-line', () => {
    const names = new Set(fields.map((f) => f.name))
    expect(MULTI_LINE.filter((n) => !names.has(n))).toEqual([])
  })

  it('names the field and the character when refusing typed text', () => {
    const create = routes['people.create'].input
    const refused = create.safeParse({
      fields: { legalGivenName: 'Ann\u001b[31m', legalFamilyName: 'Bloggs\u202e', town: 'Leeds\n' },
    })
    expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['fields.legalGivenName', 'First name contains a control character (U+001B); remove it.'],
      [
        'fields.legalFamilyName',
        'Surname contains an invisible text-direction character (U+202E); remove it.',
      ],
    ])
    // Trailing white space is trimmed first, as before: only what would be stored is judged.
    const note = routes['notes.add'].input.safeParse({
      ref: 'C-000001',
      kind: 'visit',
      occurredAt: '2026-01-02T10:00:00Z',
      subject: 'Visit\tat home',
      body: 'Line one\r\nLine two\u2028Line three\twith a tab',
    })
    expect(note.error?.issues.map((i) => i.message)).toEqual([
      'Subject contains a tab (U+0009); replace it with a space.',
    ])
  })
})
