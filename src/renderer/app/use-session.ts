import { createContext, useContext } from 'react'
import type { SessionState } from '../../shared/contract/auth-routes'

export interface SessionContextValue {
  readonly session: SessionState
  /** Adopts a session state returned by auth.signIn / unlock / lock / signOut. */
  setSession(state: SessionState): void
  /** Asks the backend again (after a password change, or a call refused with AUTH.LOCKED). */
  refresh(): Promise<void>
}

export const SessionContext = createContext<SessionContextValue | null>(null)

/** The current session; only usable below `SessionProvider`. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (!value) throw new Error('useSession must be used inside SessionProvider')
  return value
}

export const SESSION_QUERY_KEY = ['session'] as const
