import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useEffect, useState } from 'react'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi, isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { plural } from '../../lib/format'
import { PasswordStrength } from './PasswordStrength'

/** Counts down the seconds until another attempt may be made (0 when it may). */
function useWait() {
  const [until, setUntil] = useState(0)
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (until <= now) return
    const timer = window.setTimeout(() => setNow(Date.now()), 1000)
    return () => window.clearTimeout(timer)
  }, [until, now])
  const seconds = Math.max(0, Math.ceil((until - now) / 1000))
  const start = (s: number) => {
    setNow(Date.now())
    setUntil(Date.now() + s * 1000)
  }
  return { seconds, start }
}

/**
 * For an administrator who has forgotten their password: the recovery key from set-up proves who
 * they are, and they choose a new password. Other staff ask an administrator instead.
 */
export function RecoverScreen({
  onRecovered,
  onCancel,
}: {
  onRecovered(username: string): void
  onCancel(): void
}) {
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [needsUsername, setNeedsUsername] = useState(false)
  const [waitMessage, setWaitMessage] = useState<string | null>(null)
  const wait = useWait()
  const form = useForm({
    initialValues: { recoveryKey: '', username: '', newPassword: '', confirm: '' },
    validate: {
      recoveryKey: (v) =>
        v.replace(/[\s-]/g, '').length >= 10 ? null : 'Enter the recovery key from set-up.',
      username: (v) =>
        needsUsername && !v.trim() ? 'Enter the username of the administrator.' : null,
      newPassword: (v) => (v ? null : 'Choose a new password.'),
      confirm: (v, values) => (v === values.newPassword ? null : 'The two new passwords differ.'),
    },
  })

  const submit = form.onSubmit(async ({ recoveryKey, username, newPassword }) => {
    setIsBusy(true)
    setError(null)
    try {
      const name = username.trim()
      const done = await callApi('auth.recover', {
        recoveryKey: recoveryKey.trim(),
        newPassword,
        ...(name ? { username: name } : {}),
      })
      onRecovered(done.username)
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_RECOVERY_KEY')) {
        form.setFieldError(
          'recoveryKey',
          'That recovery key does not open this data file. Check each group against the copy you kept.',
        )
      } else if (isApiError(e, 'AUTH.TOO_MANY_ATTEMPTS')) {
        const seconds = Number(e.details?.retryAfterSeconds ?? 30)
        wait.start(seconds)
        setWaitMessage(
          `Too many wrong recovery keys. Wait ${plural(seconds, 'second')}, then try again.`,
        )
      } else if (isApiError(e, 'USERS.AMBIGUOUS')) {
        setNeedsUsername(true)
        form.setFieldError(
          'username',
          'There is more than one administrator: enter the username of the one whose password you are resetting.',
        )
      } else if (isApiError(e, 'USERS.NOT_FOUND')) {
        form.setFieldError('username', e.message)
      } else if (isApiError(e, 'AUTH.WEAK_PASSWORD')) {
        form.setFieldError('newPassword', e.message)
      } else {
        setError(showFormErrors(form, e, ['recoveryKey', 'username', 'newPassword']))
      }
    } finally {
      setIsBusy(false)
    }
  })

  const username = form.values.username.trim()
  return (
    <CentredCard
      title="Reset an administrator’s password"
      width={560}
      intro={
        <Text>
          For administrators. Use the recovery key you were shown when Casebook was set up (groups
          like <span className="cb-nowrap">ABCD-1234</span>; spaces and small letters are fine).
          Anyone else who has forgotten their password: ask an administrator to reset it.
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Recovery key"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            data-autofocus
            autoFocus
            classNames={{ input: 'cb-key-input' }}
            {...form.getInputProps('recoveryKey')}
          />
          <TextInput
            label={
              needsUsername ? 'Administrator’s username' : 'Administrator’s username (optional)'
            }
            description="Needed only when there is more than one administrator."
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            aria-describedby="recover-password-strength"
            {...form.getInputProps('newPassword')}
          />
          <PasswordStrength
            id="recover-password-strength"
            password={form.values.newPassword}
            userInputs={username ? [username] : []}
          />
          <PasswordInput
            label="New password again"
            autoComplete="new-password"
            {...form.getInputProps('confirm')}
          />
          <FormError message={error} title="Password not reset" />
          <FormError message={wait.seconds > 0 ? waitMessage : null} title="Please wait" />
          <Group justify="space-between">
            <Button variant="subtle" onClick={onCancel}>
              Back to sign in
            </Button>
            <Button type="submit" loading={isBusy} disabled={wait.seconds > 0}>
              {wait.seconds > 0 ? `Wait ${plural(wait.seconds, 'second')}` : 'Set new password'}
            </Button>
          </Group>
        </Stack>
      </form>
    </CentredCard>
  )
}
