/** Staff roles. They live inside the encrypted database; the backend enforces them on every route. */
export const Roles = ['admin', 'coordinator', 'adviser', 'finance', 'viewer'] as const
export type Role = (typeof Roles)[number]

export const RoleLabels: Record<Role, string> = {
  admin: 'Administrator',
  coordinator: 'Coordinator',
  adviser: 'Independent living adviser',
  finance: 'Budget manager (finance)',
  viewer: 'Viewer (read only)',
}

export const RoleDescriptions: Record<Role, string> = {
  admin: 'Manages staff logins, settings and backups, and can see everything.',
  coordinator: 'Runs council returns and oversees all records.',
  adviser: 'Keeps people’s records, writes support plans and holds reviews.',
  finance: 'Runs managed accounts: statements, payments and reconciliation.',
  viewer: 'Reads records for oversight (trustee, auditor); cannot change anything.',
}
