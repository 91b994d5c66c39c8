import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'

/** The sign-in form; after a recovery it says so and fills in the administrator's username. */
export function SignInScreen({
  recoveredUsername = null,
  onForgotten,
}: {
  recoveredUsername?: string | null
  onForgotten(): void
}) {
  const { setSession } = useSession()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const form = useForm({
    initialValues: { username: recoveredUsername ?? '', password: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'Enter your username.'),
      password: (v) => (v ? null : 'Enter your password.'),
    },
  })

  const submit = form.onSubmit(async (values) => {
    setIsBusy(true)
    setError(null)
    try {
      setSession(await callApi('auth.signIn', values))
    } catch (e) {
      setError(showFormErrors(form, e, ['username', 'password']))
      form.setFieldValue('password', '')
    } finally {
      setIsBusy(false)
    }
  })

  return (
    <CentredCard
      title="Sign in"
      intro="Sign in with the username and password your administrator gave you."
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {recoveredUsername && (
            <Alert color="green" variant="light" title="Password reset" role="status">
              The password for {recoveredUsername} has been changed. Sign in with the new password.
            </Alert>
          )}
          <TextInput
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            autoFocus={!recoveredUsername}
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            autoFocus={Boolean(recoveredUsername)}
            {...form.getInputProps('password')}
          />
          <FormError message={error} title="Could not sign in" />
          <Button type="submit" loading={isBusy}>
            Sign in
          </Button>
          <Anchor component="button" type="button" onClick={onForgotten} size="sm">
            Forgotten your password?
          </Anchor>
        </Stack>
      </form>
    </CentredCard>
  )
}
