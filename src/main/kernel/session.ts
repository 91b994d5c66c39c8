import type { SessionUser } from '../../shared/contract/auth-schemas'
import { AppFailure } from '../../shared/result'
import type { Role } from '../../shared/roles'

/** One window (Electron), one browser (web harness) or one CLI run, once signed in. */
export interface Session {
  readonly user: SessionUser
  isLocked: boolean
  mustChangePassword: boolean
  /** Two-step sign-in is required for their role and not set up yet. */
  mustEnrolSecondFactor?: boolean
  lastActivityAt: number
  /** An administrator, and nobody has confirmed keeping the current recovery key. */
  isRecoveryKeyUnconfirmed?: boolean
  /** Set when an administrator signed in to a tampered audit log (nothing can be changed). */
  auditProblem?: string
}

/** Who is acting, as the areas' rules need it. */
export interface Actor {
  readonly id: number
  readonly role: Role
}

/**
 * The caller's session. The router has already refused callers who are not signed in on every route
 * that is not `public`, so this only throws when a public route asks for a session it cannot have.
 */
export function requireSession(ctx: { readonly session: Session | undefined }): Session {
  if (!ctx.session) throw new AppFailure('AUTH.NOT_SIGNED_IN', 'Sign in first.')
  return ctx.session
}

export function actorOf(session: Session): Actor {
  return { id: session.user.id, role: session.user.role }
}
