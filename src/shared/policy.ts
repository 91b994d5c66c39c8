import { type Role, Roles } from './roles'

const RECORD_KEEPERS = ['admin', 'coordinator', 'adviser'] as const
const ALL_BUT_FINANCE = ['admin', 'coordinator', 'adviser', 'viewer'] as const

/**
 * Which roles may do what, declared once. The contract's route access, the backend's visibility rules
 * and the renderer (which only hides what the backend would refuse) all read this table, so a role
 * change is one edit here.
 *
 * @example
 * can(session.user.role, 'people.edit') // true for an adviser, false for a viewer
 * route({ …, access: rolesWith('people.edit') })
 */
export const Policy = {
  /** Lists, search and records, each part as the `people.see…` permissions allow. */
  'people.read': Roles,
  'people.edit': RECORD_KEEPERS,
  'people.import': RECORD_KEEPERS,
  /** Budget managers see identity, plans and budgets, not the one-page profile. */
  'people.seeProfile': ALL_BUT_FINANCE,
  'people.seeConsentsAndReferrals': ALL_BUT_FINANCE,
  /** Others see only circle members with a legal role (who may authorise spending). */
  'people.seeWholeCircle': ALL_BUT_FINANCE,
  /** May be someone's key worker, so "Only my people" means something. */
  'people.haveCaseload': RECORD_KEEPERS,
  /** Restricted notes are seen by these roles and by their author. */
  'notes.seeRestricted': ['admin', 'coordinator'],
  'notes.write': RECORD_KEEPERS,
  'plans.read': Roles,
  'plans.edit': RECORD_KEEPERS,
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
  'dataFile.manage': ['admin'],
  'demo.seed': ['admin'],
  'audit.read': ['admin', 'coordinator', 'viewer'],
  'backup.make': ['admin', 'coordinator', 'finance'],
  /** The Admin section: each page inside it asks for its own permission. */
  'admin.open': ['admin', 'coordinator', 'finance', 'viewer'],
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof Policy

/** Whether `role` has `permission`; false for no role (signed out). */
export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (Policy[permission] as readonly Role[]).includes(role)
}

/** The roles that have `permission`, for a route's `access`. */
export function rolesWith(permission: Permission): readonly Role[] {
  return Policy[permission]
}
