import { type FormEvent, useState } from 'react'
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

interface SubmittableForm<Values> extends FormLike {
  onSubmit(
    handle: (values: Values, event?: FormEvent<HTMLFormElement>) => Promise<void>,
    onInvalid?: (errors: unknown, values: Values, event?: FormEvent<HTMLFormElement>) => void,
  ): (event?: FormEvent<HTMLFormElement>) => void
}

/**
 * Moves focus to the first field marked as wrong in `form` (once the marks are drawn), so the
 * message is read out and, in a dialog that scrolls, brought into view.
 */
export function focusFirstInvalid(form: HTMLFormElement | null | undefined): void {
  if (!form) return
  window.setTimeout(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0)
}

/**
 * A form's submit handler that clears the last problem, runs `save` (which notifies and closes on
 * success), and on a refusal asks `explain` what to show above the form. Use it for a form whose
 * refusals need more than {@link showFormErrors}; otherwise use {@link useFormSubmit}.
 *
 * @example const { submit, error } = useSubmitWithErrors(form, save, (e) => messageOf(e))
 */
export function useSubmitWithErrors<Values>(
  form: SubmittableForm<Values>,
  save: (values: Values) => Promise<void>,
  explain: (error: unknown) => string | null,
) {
  const [error, setError] = useState<string | null>(null)
  const submit = form.onSubmit(
    async (values, event) => {
      const element = event?.currentTarget
      setError(null)
      try {
        await save(values)
      } catch (e) {
        setError(explain(e))
        focusFirstInvalid(element)
      }
    },
    (_errors, _values, event) => focusFirstInvalid(event?.currentTarget),
  )
  return { submit, error, clearError: () => setError(null) }
}

/**
 * A form's submit handler that runs `save` and, on a refusal, puts field problems beside `fields`
 * (issue paths under `prefix`) and returns the rest as `error` (for FormDialog's `error`).
 *
 * @example const { submit, error } = useFormSubmit(form, ['on'], async (v) => { ...; onClose() })
 */
export function useFormSubmit<Values>(
  form: SubmittableForm<Values>,
  fields: readonly string[],
  save: (values: Values) => Promise<void>,
  prefix = '',
) {
  return useSubmitWithErrors(form, save, (e) => showFormErrors(form, e, fields, prefix))
}
