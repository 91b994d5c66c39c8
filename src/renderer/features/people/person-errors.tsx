import type { UseFormReturnType } from '@mantine/form'
import { ApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { PERSON_FIELD_NAMES, type PersonFormValues, duplicateRef } from './person-form'
import { DuplicateMessage } from './PersonFields'

/**
 * Puts a refused save's problems on the fields they belong to: each INPUT.INVALID issue
 * ("fields.nhsNumber") on its field, a duplicate NHS number on the NHS number field with a link to
 * the other person, an unknown council or key worker on its select. Returns a message for the top
 * of the form when a problem has no field.
 */
export function showPersonErrors<V extends PersonFormValues>(
  form: UseFormReturnType<V>,
  error: unknown,
  extraFields: readonly string[] = [],
): string {
  const other = duplicateRef(error)
  if (other && error instanceof ApiError) {
    form.setFieldError('nhsNumber', <DuplicateMessage message={error.message} otherRef={other} />)
    return 'That NHS number is already on another person’s record.'
  }
  if (error instanceof ApiError && error.code === 'RECORD.NOT_FOUND') {
    const field = String(error.details?.field ?? '').replace(/^fields\./, '')
    if (field === 'councilId' || field === 'keyWorkerId') {
      form.setFieldError(field, error.message)
      return 'Check the fields marked below.'
    }
  }
  const message = showFormErrors(form, error, [...PERSON_FIELD_NAMES, ...extraFields], 'fields.')
  return message ?? 'Check the fields marked below.'
}

/** Moves focus to the first field with a problem, so its message is read out. */
export function focusFirstProblem(formId: string): void {
  window.setTimeout(() => {
    const root = document.getElementById(formId)
    const field = root?.querySelector<HTMLElement>('[aria-invalid="true"]')
    field?.focus()
  }, 0)
}
