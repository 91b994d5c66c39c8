import type { SessionState, SessionUser } from '../../shared/contract/auth-routes'

/** One window (Electron), one browser (web harness) or one CLI run. */
export interface Session {
  readonly user: SessionUser
  isLocked: boolean
  mustChangePassword: boolean
  lastActivityAt: number
}

export function sessionState(
  session: Session | undefined,
  hasDataFile: boolean,
  lockAfterMinutes: number,
): SessionState {
  if (!session) {
    return {
      state: hasDataFile ? 'signed-out' : 'needs-setup',
      user: null,
      mustChangePassword: false,
      lockAfterMinutes,
    }
  }
  return {
    state: session.isLocked ? 'locked' : 'active',
    user: session.user,
    mustChangePassword: session.mustChangePassword,
    lockAfterMinutes,
  }
}
