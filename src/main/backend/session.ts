import type { SessionState } from '../../shared/contract/auth-schemas'
import type { Session } from '../kernel'

export type { Session } from '../kernel'

/**
 * Locks a session that has been idle longer than the organisation allows. The backend enforces the
 * lock (the window only shows it), so every call and every session check goes through here.
 */
export function lockIfIdle(session: Session, lockAfterMinutes: number, nowMs = Date.now()): void {
  if (!session.isLocked && nowMs - session.lastActivityAt > lockAfterMinutes * 60_000) {
    session.isLocked = true
  }
}

export function sessionState(
  session: Session | undefined,
  hasDataFile: boolean,
  lockAfterMinutes: number,
  hasPendingRecoveryKey = false,
): SessionState {
  if (!session) {
    return {
      state: hasDataFile ? 'signed-out' : 'needs-setup',
      user: null,
      mustChangePassword: false,
      mustEnrolSecondFactor: false,
      lockAfterMinutes,
      hasPendingRecoveryKey,
      isRecoveryKeyUnconfirmed: false,
      auditProblem: null,
    }
  }
  return {
    state: session.isLocked ? 'locked' : 'active',
    user: session.user,
    mustChangePassword: session.mustChangePassword,
    mustEnrolSecondFactor: session.mustEnrolSecondFactor ?? false,
    lockAfterMinutes,
    hasPendingRecoveryKey: false,
    isRecoveryKeyUnconfirmed: session.isRecoveryKeyUnconfirmed ?? false,
    auditProblem: session.auditProblem ?? null,
  }
}
