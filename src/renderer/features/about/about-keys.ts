const all = ['about'] as const

/** The about feature's query keys: Casebook's version and where its data file is. */
export const aboutKeys = {
  all,
  details: () => [...all, 'details'] as const,
}
