const all = ['settings'] as const

/** The settings feature's query keys: the organisation's settings, its councils, backups. */
export const settingsKeys = {
  all,
  values: () => [...all, 'values'] as const,
  councils: () => [...all, 'councils'] as const,
  backupStatus: () => [...all, 'backup-status'] as const,
}
