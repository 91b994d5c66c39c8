const all = ['admin'] as const
const auditLog = () => [...all, 'audit'] as const

/** The admin feature's query keys: the audit log (its pages and its anchor) and the data file's check. */
export const adminKeys = {
  all,
  /** Everything read from the audit log: after a change to it, one invalidation reloads it all. */
  auditLog,
  audit: (since: string | null, limit: number) => [...auditLog(), 'list', since, limit] as const,
  auditAnchor: () => [...auditLog(), 'anchor'] as const,
  dataFileCheck: () => [...all, 'data-file-check'] as const,
}
