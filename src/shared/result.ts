import type { ErrorCode } from './error-codes'

/** A failure the user can act on: a stable code for the UI to branch on, and a plain-English message. */
export interface AppError {
  readonly code: ErrorCode
  readonly message: string
  readonly details?: Record<string, unknown>
}

/** Every route returns a value, never throws across the boundary. */
export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppError }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(
  code: ErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Result<T> {
  return { ok: false, error: details ? { code, message, details } : { code, message } }
}

/**
 * An expected failure raised deep inside a use case (for example inside a transaction that must roll
 * back). The router turns it into a `{ ok: false }` value; anything else thrown is a bug.
 *
 * @example throw new AppFailure('USERS.EXISTS', 'A user called "sam" already exists.')
 */
export class AppFailure extends Error {
  readonly code: ErrorCode
  readonly details: Record<string, unknown> | undefined
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'AppFailure'
    this.code = code
    this.details = details
  }

  toError(): AppError {
    return this.details
      ? { code: this.code, message: this.message, details: this.details }
      : { code: this.code, message: this.message }
  }
}
