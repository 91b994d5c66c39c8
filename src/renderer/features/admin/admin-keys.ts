const all = ['admin'] as const

/** The admin feature's query keys: the audit log and the data file's check. */
export const adminKeys = {
  all,
  audit: (since: string | null, limit: number) => [...all, 'audit', since, limit] as const,
  dataFileCheck: () => [...all, 'data-file-check'] as const,
}
