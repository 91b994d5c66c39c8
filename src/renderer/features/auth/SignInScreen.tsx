import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi, isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { OpenAnotherDataFile } from './OpenAnotherDataFile'

/**
 * The sign-in form; after a recovery it says so and fills in the administrator's username. When
 * the login uses two-step sign-in, the same screen then asks for the code, keeping the username and
 * password ("Back" changes them).
 */
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
  const [needsCode, setNeedsCode] = useState(false)
  const form = useForm({
    initialValues: { username: recoveredUsername ?? '', password: '', code: '' },
    validate: {
      username: (v) => (v.trim() ? null : 'Enter your username.'),
      password: (v) => (v ? null : 'Enter your password.'),
      code: (v) =>
        !needsCode || v.trim()
          ? null
          : 'Enter the 6-digit code from your authenticator app, or a recovery code.',
    },
  })

  const back = () => {
    setNeedsCode(false)
    setError(null)
    form.setValues({ password: '', code: '' })
    form.clearErrors()
  }

  const submit = form.onSubmit(async ({ username, password, code }) => {
    setIsBusy(true)
    setError(null)
    try {
      const typed = needsCode ? code.trim() : ''
      setSession(
        await callApi('auth.signIn', { username, password, ...(typed ? { code: typed } : {}) }),
      )
    } catch (e) {
      if (isApiError(e, 'AUTH.SECOND_FACTOR_REQUIRED')) {
        setNeedsCode(true)
      } else if (
        needsCode &&
        (isApiError(e, 'AUTH.WRONG_CODE') || isApiError(e, 'AUTH.TOO_MANY_ATTEMPTS'))
      ) {
        // In this order: changing a value clears its field's error.
        form.setFieldValue('code', '')
        form.setFieldError('code', e.message)
      } else {
        // Anything else (the password changed meanwhile, a disabled login): start again.
        setNeedsCode(false)
        form.setValues({ password: '', code: '' })
        setError(showFormErrors(form, e, ['username', 'password', 'code']))
      }
    } finally {
      setIsBusy(false)
    }
  })

  return (
    <CentredCard
      title="Sign in"
      intro={
        needsCode
          ? 'Your password is right. Now enter the code from the authenticator app on your phone.'
          : 'Sign in with the username and password your administrator gave you.'
      }
    >
      <form onSubmit={submit} noValidate>
        {needsCode ? (
          <Stack gap="md">
            <Text>
              Signing in as <strong>{form.values.username.trim()}</strong>.
            </Text>
            <TextInput
              label="Code from your authenticator app"
              description="The 6 digits your app shows now. Lost your phone? A recovery code (like ABCD-2345) works instead, once."
              autoComplete="one-time-code"
              autoCapitalize="characters"
              spellCheck={false}
              data-autofocus
              autoFocus
              classNames={{ input: 'cb-key-input' }}
              {...form.getInputProps('code')}
            />
            <FormError message={error} title="Could not sign in" />
            <Button type="submit" loading={isBusy}>
              Sign in
            </Button>
            <Group>
              <Button variant="subtle" onClick={back}>
                Back
              </Button>
            </Group>
          </Stack>
        ) : (
          <Stack gap="md">
            {recoveredUsername && (
              <Alert color="green" variant="light" title="Password reset" role="status">
                The password for {recoveredUsername} has been changed. Sign in with the new
                password.
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
        )}
      </form>
      {!needsCode && <OpenAnotherDataFile />}
    </CentredCard>
  )
}
