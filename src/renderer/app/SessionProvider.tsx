import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useCallback, useEffect, useMemo } from 'react'
import type { SessionState } from '../../shared/contract/auth-schemas'
import { callApi, onSessionProblem } from '../lib/api-client'
import { FullPageMessage } from '../components/FullPageMessage'
import { ErrorScreen } from './ErrorScreen'
import { SESSION_QUERY_KEY, SessionContext, type SessionContextValue } from './use-session'

/**
 * Loads who is signed in and keeps it current. Any call refused with AUTH.LOCKED,
 * AUTH.NOT_SIGNED_IN, AUTH.PASSWORD_CHANGE_REQUIRED or AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED asks
 * the backend again, so the app moves to the lock screen, sign-in or the screen for what must be
 * done first from wherever it was.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient()
  const query = useQuery({
    queryKey: SESSION_QUERY_KEY,
    queryFn: () => callApi('auth.session', {}),
    staleTime: Infinity,
    retry: false,
  })

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY })
  }, [queryClient])

  const setSession = useCallback(
    (state: SessionState) => queryClient.setQueryData(SESSION_QUERY_KEY, state),
    [queryClient],
  )

  useEffect(() => onSessionProblem(() => void refresh()), [refresh])

  const session = query.data
  const userKey = session?.state === 'active' ? `${session.user?.username}` : null
  useEffect(() => {
    // Nothing one user loaded may linger for the next, or on a locked screen.
    if (userKey === null) {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_QUERY_KEY[0] })
    }
  }, [userKey, queryClient])

  const value = useMemo<SessionContextValue | null>(
    () => (session ? { session, setSession, refresh } : null),
    [session, setSession, refresh],
  )

  if (query.isError && !session) {
    return <ErrorScreen error={query.error} onRetry={() => void query.refetch()} />
  }
  if (!value) return <FullPageMessage title="Opening Casebook…" isBusy />
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
}
