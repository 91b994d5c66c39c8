import { describe, expect, it } from 'vitest'
import { Settings } from './organisation-schemas'
import { CircleMember, CircleMemberFields, PersonRecord, ProfileFields } from './people-schemas'
import { PlanContent, PlanVersion } from './plan-schemas'
import { routes } from './routes'
import { storedForm } from './text-rules'

/** What records written before the text rules may hold. */
const OLD = 'Ann\u001b[31m \u202Egnp.exe'

describe('route outputs that give back stored text', () => {
  it('still read what was stored before the rules, which inputs now refuse', () => {
    const content = { whatMatters: OLD, people: [{ name: OLD }], outcomes: [{ text: OLD }] }
    expect(PlanContent.safeParse(content).success).toBe(false)
    const stored = PlanVersion.shape.content.safeParse(content)
    expect(stored.success).toBe(true)
    expect(stored.data?.people[0]?.name).toBe(OLD)

    const member = { name: OLD, kind: 'family', notes: OLD }
    expect(CircleMemberFields.safeParse(member).success).toBe(false)
    expect(CircleMember.safeParse({ ...member, id: 1, isArchived: false }).success).toBe(true)

    const profile = Object.fromEntries(Object.keys(ProfileFields.shape).map((k) => [k, OLD]))
    expect(ProfileFields.safeParse(profile).success).toBe(false)
    expect(PersonRecord.shape.profile.safeParse({ ...profile, updatedAt: null }).success).toBe(true)

    const council = { name: OLD, onsCode: 'E08000034' }
    expect(routes['settings.update'].input.safeParse({ councils: [council] }).success).toBe(false)
    expect(Settings.shape.councils.safeParse([council]).success).toBe(true)
  })

  it('keep every other check (lengths, defaults, trimming, transforms)', () => {
    const loose = storedForm(PlanContent)
    expect(loose.safeParse({ whatMatters: 'x'.repeat(20_001) }).success).toBe(false)
    expect(loose.parse({}).outcomes).toEqual([])
    expect(loose.parse({ whatMatters: '  spaced  ' }).whatMatters).toBe('spaced')
    expect(loose.safeParse({ lines: [{ description: 'x', outcomePositions: [3] }] }).success).toBe(
      false,
    )
    const member = storedForm(CircleMemberFields).parse({ name: 'Ann', kind: 'family' })
    expect(member.notes).toBeNull()
  })
})
