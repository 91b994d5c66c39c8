import { ApiError, messageOf } from './api-client'

interface FormLike {
  setFieldError(path: string, error: string): void
}

/**
 * Puts a refused call's field problems (INPUT.INVALID issues) beside the fields they belong to, and
 * returns the message to show above the form when a problem has no field of its own.
 *
 * @example const message = showFormErrors(form, error, ['username', 'password'])
 */
export function showFormErrors(
  form: FormLike,
  error: unknown,
  fields: readonly string[],
  prefix = '',
): string | null {
  if (!(error instanceof ApiError) || error.code !== 'INPUT.INVALID') return messageOf(error)
  const issues = (error.details?.issues ?? []) as { path: string; message: string }[]
  let unplaced: string | null = null
  for (const issue of issues) {
    const path =
      prefix && issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path
    const field = fields.find((f) => path === f || path.startsWith(`${f}.`))
    if (field) form.setFieldError(path, issue.message)
    else unplaced ??= issue.message
  }
  return issues.length === 0 ? error.message : unplaced
}
