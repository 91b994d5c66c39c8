import { Button, Group, PasswordInput, Stack } from '@mantine/core'
import { useForm } from '@mantine/form'
import { type ReactNode, useState } from 'react'
import { useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { callApi, isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { PasswordStrength } from './PasswordStrength'

/** Current password, a new one with its strength, and the new one again. */
export function ChangePasswordForm({
  submitLabel,
  onChanged,
  extraAction,
}: {
  submitLabel: string
  onChanged(): void | Promise<void>
  extraAction?: ReactNode
}) {
  const { session } = useSession()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password.'),
      newPassword: (v, values) =>
        !v
          ? 'Choose a new password.'
          : v === values.currentPassword
            ? 'The new password must be different from the current one.'
            : null,
      confirm: (v, values) => (v === values.newPassword ? null : 'The two new passwords differ.'),
    },
  })

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    setIsBusy(true)
    setError(null)
    try {
      await callApi('auth.changePassword', { currentPassword, newPassword })
      await onChanged()
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_PASSWORD')) {
        form.setFieldError('currentPassword', e.message)
      } else if (isApiError(e, 'AUTH.WEAK_PASSWORD')) {
        form.setFieldError('newPassword', e.message)
      } else {
        setError(showFormErrors(form, e, ['currentPassword', 'newPassword']))
      }
    } finally {
      setIsBusy(false)
    }
  })

  const user = session.user
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          data-autofocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label="New password"
          autoComplete="new-password"
          aria-describedby="new-password-strength"
          {...form.getInputProps('newPassword')}
        />
        <PasswordStrength
          id="new-password-strength"
          password={form.values.newPassword}
          userInputs={[user?.username ?? '', user?.displayName ?? '']}
        />
        <PasswordInput
          label="New password again"
          autoComplete="new-password"
          {...form.getInputProps('confirm')}
        />
        <FormError message={error} title="Password not changed" />
        <Group justify="space-between">
          {extraAction ?? <span />}
          <Button type="submit" loading={isBusy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
