const all = ['auth'] as const

/** The auth feature's query keys (the session itself is the app's: SESSION_QUERY_KEY). */
export const authKeys = {
  all,
  passwordStrength: (password: string, userInputs: readonly string[]) =>
    [...all, 'password-strength', password, userInputs] as const,
  /** Whether the signed-in person has set up two-step sign-in, and how many recovery codes are left. */
  twoFactorStatus: () => [...all, 'two-factor-status'] as const,
}
