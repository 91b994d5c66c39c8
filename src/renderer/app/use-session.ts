import { createContext, useCallback, useContext } from 'react'
import type { SessionState } from '../../shared/contract/auth-schemas'
import { can, type Permission } from '../../shared/policy'

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

/**
 * Whether the signed-in role has a permission (src/shared/policy.ts). The UI only hides what the
 * backend would refuse anyway.
 */
export function useCan(permission: Permission): boolean {
  return can(useSession().session.user?.role, permission)
}

/**
 * `can` for the signed-in role, for lists whose entries each name their permission; an entry that
 * names none is for everyone signed in.
 */
export function useAllowed(): (permission: Permission | undefined) => boolean {
  const role = useSession().session.user?.role
  return useCallback((permission) => permission === undefined || can(role, permission), [role])
}
