import { Button, PasswordInput, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'

export function SignInScreen() {
  const { setSession } = useSession()
  const [error, setError] = useState<string | null>(null)
  const [isBusy, setIsBusy] = useState(false)
  const form = useForm({
    initialValues: { username: '', password: '' },
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
          <TextInput
            label="Username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            data-autofocus
            autoFocus
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            {...form.getInputProps('password')}
          />
          <FormError message={error} title="Could not sign in" />
          <Button type="submit" loading={isBusy}>
            Sign in
          </Button>
        </Stack>
      </form>
    </CentredCard>
  )
}
