const all = ['users'] as const

/** The users feature's query keys: the logins (Admin › Users) and the staff list others show. */
export const usersKeys = {
  all,
  list: () => [...all, 'list'] as const,
  staff: () => [...all, 'staff'] as const,
}
