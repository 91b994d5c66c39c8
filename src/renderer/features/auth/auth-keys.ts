const all = ['auth'] as const

/** The auth feature's query keys (the session itself is the app's: SESSION_QUERY_KEY). */
export const authKeys = {
  all,
  passwordStrength: (password: string, userInputs: readonly string[]) =>
    [...all, 'password-strength', password, userInputs] as const,
}
