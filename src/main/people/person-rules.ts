import { can } from '../../shared/policy'
import type { Role } from '../../shared/roles'

export type PersonStatusCode = 'enquiry' | 'referral' | 'active' | 'closed'

/**
 * A person moves forward through enquiry → referral → active, may be closed from any of them, and a
 * closed record may be reopened (as a referral or straight to active); history is kept either way.
 */
const NEXT: Record<PersonStatusCode, readonly PersonStatusCode[]> = {
  enquiry: ['referral', 'active', 'closed'],
  referral: ['active', 'closed'],
  active: ['closed'],
  closed: ['referral', 'active'],
}

export function canChangeStatus(from: PersonStatusCode, to: PersonStatusCode): boolean {
  return NEXT[from].includes(to)
}

export function nextStatuses(from: PersonStatusCode): readonly PersonStatusCode[] {
  return NEXT[from]
}

export function formatPersonRef(n: number): string {
  return `C-${String(n).padStart(6, '0')}`
}

/**
 * A person's circle member is visible to roles that see the whole circle; the others (budget
 * managers) see only members with a legal role, who may authorise spending.
 */
export function canSeeCircleMember(role: Role, member: { legalRole: string | null }): boolean {
  return can(role, 'people.seeWholeCircle') || member.legalRole !== null
}

/** A restricted note is seen by its author and by the roles with `notes.seeRestricted`. */
export function canSeeNote(
  viewer: { id: number; role: Role },
  note: { isRestricted: boolean; authorId: number },
): boolean {
  return (
    !note.isRestricted || note.authorId === viewer.id || can(viewer.role, 'notes.seeRestricted')
  )
}

export function displayName(row: {
  preferred_name: string | null
  legal_given_name: string
  legal_family_name: string
}): string {
  return `${row.preferred_name ?? row.legal_given_name} ${row.legal_family_name}`
}
