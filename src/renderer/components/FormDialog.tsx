import { Button, Group, Modal, Stack } from '@mantine/core'
import type { FormEvent, ReactNode } from 'react'
import { FormError } from './FormError'

interface FormFooterProps {
  error: string | null
  /** What did not happen, like "Not recorded". */
  errorTitle?: string
  submitLabel: ReactNode
  isBusy: boolean
  /** "red" when submitting ends or takes something away. */
  submitColor?: string
  /** Cancel is focused first when submitting is risky (the dialog's own field is not). */
  focusCancel?: boolean
}

/**
 * The end of a form: a problem with the whole form (if any), then Cancel and the submit button.
 * The submit button says what it does ("Record consent"), never just "OK".
 */
export function FormFooter({
  error,
  errorTitle,
  onCancel,
  submitLabel,
  isBusy,
  submitColor,
  focusCancel = false,
}: FormFooterProps & { onCancel(): void }) {
  return (
    <>
      <FormError message={error} title={errorTitle} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} data-autofocus={focusCancel || undefined}>
          Cancel
        </Button>
        <Button type="submit" color={submitColor} loading={isBusy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  )
}

/**
 * A dialog holding one form: the fields, then any problem with the whole form, Cancel and the
 * submit button. Pair it with `useFormSubmit` for `onSubmit` and `error`; put `data-autofocus` on
 * the field to start in.
 */
export function FormDialog({
  title,
  size,
  isOpen = true,
  onClose,
  onSubmit,
  children,
  ...footer
}: {
  title: string
  size?: 'md' | 'lg' | 'xl'
  /** For a dialog that stays mounted while closed. */
  isOpen?: boolean
  onClose(): void
  /** The form's submit handler, from `useFormSubmit` or `form.onSubmit`. */
  onSubmit(event?: FormEvent<HTMLFormElement>): void
  children: ReactNode
} & FormFooterProps) {
  return (
    // A click beside the dialog does not close it: that would throw away what was typed.
    <Modal opened={isOpen} onClose={onClose} title={title} size={size} closeOnClickOutside={false}>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {children}
          <FormFooter {...footer} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  )
}
