import { Button, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi, isApiError, messageOf } from '../../lib/api-client'

/** Hides everything until the signed-in person proves it is still them. */
export function LockScreen() {
  const { session, setSession, refresh } = useSession()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password.') },
  })

  const submit = form.onSubmit(async (values) => {
    setIsBusy(true)
    setError(null)
    try {
      setSession(await callApi('auth.unlock', values))
    } catch (e) {
      if (isApiError(e, 'AUTH.NOT_SIGNED_IN')) {
        await refresh()
        return
      }
      setError(messageOf(e))
      form.setFieldValue('password', '')
    } finally {
      setIsBusy(false)
    }
  })

  const signOut = async () => {
    try {
      setSession(await callApi('auth.signOut', {}))
    } catch (e) {
      setError(messageOf(e))
    }
  }

  const user = session.user
  return (
    <CentredCard
      title="Casebook is locked"
      intro={
        <Text>
          Signed in as <strong>{user?.displayName}</strong> ({user?.username}). Enter your password
          to carry on where you left off.
        </Text>
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <PasswordInput
            label="Your password"
            autoComplete="current-password"
            data-autofocus
            autoFocus
            {...form.getInputProps('password')}
          />
          <FormError message={error} title="Still locked" />
          <Button type="submit" loading={isBusy}>
            Unlock
          </Button>
          <Button variant="subtle" onClick={() => void signOut()}>
            Sign out instead
          </Button>
        </Stack>
      </form>
    </CentredCard>
  )
}
