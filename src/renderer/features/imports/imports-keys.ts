const all = ['imports'] as const

/** The imports feature's query keys: the saved column mappings. */
export const importsKeys = {
  all,
  mappings: () => [...all, 'mappings'] as const,
}
