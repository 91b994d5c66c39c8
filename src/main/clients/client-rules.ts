import type { Role } from '../../shared/roles'

export type ClientStatusCode = 'enquiry' | 'referral' | 'active' | 'closed'

/**
 * A person moves forward through enquiry → referral → active, may be closed from any of them, and a
 * closed record may be reopened (as a referral or straight to active); history is kept either way.
 */
const NEXT: Record<ClientStatusCode, readonly ClientStatusCode[]> = {
  enquiry: ['referral', 'active', 'closed'],
  referral: ['active', 'closed'],
  active: ['closed'],
  closed: ['referral', 'active'],
}

export function canChangeStatus(from: ClientStatusCode, to: ClientStatusCode): boolean {
  return NEXT[from].includes(to)
}

export function nextStatuses(from: ClientStatusCode): readonly ClientStatusCode[] {
  return NEXT[from]
}

export function formatClientRef(n: number): string {
  return `C-${String(n).padStart(6, '0')}`
}

/** Who may change people's records. */
export function canEditPeople(role: Role): boolean {
  return role === 'admin' || role === 'coordinator' || role === 'adviser'
}

/**
 * What each role may see of a person's record (the backend enforces it; the UI only hides):
 * budget managers (finance) see identity, plans and budgets, unrestricted notes, and only those circle
 * members with a legal role (who may authorise spending) — not the one-page profile, consents or
 * referrals. Everyone else sees everything but restricted notes.
 */
export function canSeeProfile(role: Role): boolean {
  return role !== 'finance'
}
export function canSeeConsentsAndReferrals(role: Role): boolean {
  return role !== 'finance'
}
export function canSeeCircleMember(role: Role, member: { legalRole: string | null }): boolean {
  return role !== 'finance' || member.legalRole !== null
}

/** A restricted note is seen only by its author, coordinators and admins. */
export function canSeeRestrictedNotes(role: Role): boolean {
  return role === 'admin' || role === 'coordinator'
}
export function canSeeNote(
  viewer: { id: number; role: Role },
  note: { isRestricted: boolean; authorId: number },
): boolean {
  return !note.isRestricted || note.authorId === viewer.id || canSeeRestrictedNotes(viewer.role)
}

export function displayName(row: {
  preferred_name: string | null
  legal_given_name: string
  legal_family_name: string
}): string {
  return `${row.preferred_name ?? row.legal_given_name} ${row.legal_family_name}`
}
