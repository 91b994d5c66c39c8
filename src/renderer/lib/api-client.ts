import type { CallOptions, CasebookApi } from '../../shared/contract/api'
import type { RouteInput, RouteName, RouteOutput } from '../../shared/contract/routes'
import type { ErrorCode } from '../../shared/error-codes'
import type { AppError } from '../../shared/result'

/**
 * A refused call, carrying the backend's stable code. Screens branch on `code`, never on the
 * message, which is plain English for people to read.
 */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined
  constructor(error: AppError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.details = error.details
  }
}

/**
 * Codes that mean "the session changed under you": the app goes to sign-in, the lock screen, or the
 * screen for what must be done first (a new password, two-step sign-in).
 */
const SESSION_CODES: ReadonlySet<ErrorCode> = new Set([
  'AUTH.LOCKED',
  'AUTH.NOT_SIGNED_IN',
  'AUTH.PASSWORD_CHANGE_REQUIRED',
  'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
])

type SessionListener = (code: ErrorCode) => void
const sessionListeners = new Set<SessionListener>()

/** Lets the session layer hear about AUTH.LOCKED / AUTH.NOT_SIGNED_IN from any call. */
export function onSessionProblem(listener: SessionListener): () => void {
  sessionListeners.add(listener)
  return () => {
    sessionListeners.delete(listener)
  }
}

/** The host's bridge (Electron preload or the web harness shim), or null if it is missing. */
export function findCasebook(): CasebookApi | null {
  const candidate = (globalThis as { casebook?: CasebookApi }).casebook
  return candidate && typeof candidate.call === 'function' ? candidate : null
}

export function casebook(): CasebookApi {
  const api = findCasebook()
  if (!api) {
    throw new ApiError({
      code: 'INTERNAL',
      message: 'Casebook cannot reach its data: this page was opened outside the app.',
    })
  }
  return api
}

/**
 * Calls a backend route and returns its value, or throws an `ApiError` with the route's code.
 *
 * @example const users = await callApi('users.list', {})
 */
export async function callApi<N extends RouteName>(
  name: N,
  input: RouteInput<N>,
  options?: CallOptions,
): Promise<RouteOutput<N>> {
  const result = await casebook().call(name, input, options)
  if (result.ok) return result.value as RouteOutput<N>
  if (SESSION_CODES.has(result.error.code)) {
    for (const listener of [...sessionListeners]) listener(result.error.code)
  }
  throw new ApiError(result.error)
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code)
}

export const SOMETHING_WENT_WRONG =
  'Something went wrong inside Casebook. Nothing was lost; please try again.'

/** The words to show for any failure: the backend's message, or a plain fallback for a bug. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : SOMETHING_WENT_WRONG
}

/** A fresh id for a long call, so its progress events can be matched and it can be cancelled. */
export function newCallId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}
