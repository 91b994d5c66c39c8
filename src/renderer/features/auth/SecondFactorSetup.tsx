import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useMutation } from '@tanstack/react-query'
import { type ReactNode, useEffect, useRef } from 'react'
import { CopyButton } from '../../components/CopyButton'
import { FormError } from '../../components/FormError'
import { callApi, isApiError, messageOf } from '../../lib/api-client'
import { useSubmitWithErrors } from '../../lib/form-errors'

/**
 * Setting up an authenticator app: a new secret as a QR code and as text, then a first code from
 * the app to show it works. Each opening starts afresh (a new secret), so an abandoned start
 * leaves nothing half-working.
 */
export function SecondFactorSetup({
  onConfirmed,
  extraAction,
}: {
  onConfirmed(recoveryCodes: string[]): void
  extraAction?: ReactNode
}) {
  const begin = useMutation({ mutationFn: () => callApi('twoFactor.begin', {}) })
  const { mutate: start } = begin
  // Once per opening: each start makes a new secret, and only the newest one works.
  const hasStarted = useRef(false)
  useEffect(() => {
    if (hasStarted.current) return
    hasStarted.current = true
    start()
  }, [start])

  const form = useForm({
    initialValues: { code: '' },
    validate: {
      code: (v) =>
        /^\d{6}$/.test(v.replace(/\s/g, ''))
          ? null
          : 'Enter the 6 digits your authenticator app shows now.',
    },
  })
  const { submit, error } = useSubmitWithErrors(
    form,
    async ({ code }) => {
      const confirmed = await callApi('twoFactor.confirm', { code: code.replace(/\s/g, '') })
      onConfirmed(confirmed.recoveryCodes)
    },
    (e) => {
      if (isApiError(e, 'AUTH.WRONG_CODE')) {
        // In this order: changing a value clears its field's error.
        form.setFieldValue('code', '')
        form.setFieldError(
          'code',
          'That code is not right. Type the newest 6-digit code your app shows for Casebook.',
        )
        return null
      }
      if (isApiError(e, 'AUTH.SECOND_FACTOR_NOT_STARTED')) start()
      return messageOf(e)
    },
  )

  const started = begin.data
  return (
    <Stack gap="md">
      <ol className="cb-steps">
        <li>
          <Text fw={600}>Get an authenticator app on your phone</Text>
          <Text size="sm">
            If you do not have one yet: Microsoft Authenticator, Google Authenticator and many
            others work. They show a new 6-digit code every 30 seconds, even without signal.
          </Text>
        </li>
        <li>
          <Text fw={600}>Add Casebook to the app</Text>
          <Text size="sm">In the app, choose to add an account, then scan this QR code.</Text>
          {begin.isPending && <Text size="sm">Making your QR code…</Text>}
          {begin.isError && (
            <Alert color="red" variant="light" title="Could not start" role="alert">
              <Stack gap="xs" align="flex-start">
                <Text size="sm">{messageOf(begin.error)}</Text>
                {!isApiError(begin.error, 'AUTH.SECOND_FACTOR_EXISTS') && (
                  <Button variant="default" size="xs" onClick={() => start()}>
                    Try again
                  </Button>
                )}
              </Stack>
            </Alert>
          )}
          {started && (
            <div className="cb-qr-block" data-testid="second-factor-setup">
              <img
                src={started.qrCode}
                alt="QR code to scan with your authenticator app"
                className="cb-qr"
                width={200}
                height={200}
              />
              <Stack gap={6}>
                <Text size="sm">
                  Cannot scan it? Choose to enter a setup key instead, and type this key (spaces do
                  not matter):
                </Text>
                <Code block className="cb-secret" data-testid="second-factor-secret">
                  {started.secret}
                </Code>
                <CopyButton text={started.secret.replace(/\s/g, '')} what="the key" />
              </Stack>
            </div>
          )}
        </li>
        <li>
          <Text fw={600}>Type the code the app shows</Text>
          <form onSubmit={submit} noValidate>
            <Stack gap="sm" mt={4}>
              <TextInput
                label="Code from your authenticator app"
                description="6 digits. The app shows a new one every 30 seconds: use the newest."
                autoComplete="one-time-code"
                inputMode="numeric"
                spellCheck={false}
                maw={320}
                disabled={!started}
                classNames={{ input: 'cb-key-input' }}
                {...form.getInputProps('code')}
              />
              <FormError message={error} title="Not set up yet" />
              <Group justify="space-between">
                {extraAction ?? <span />}
                <Button type="submit" disabled={!started}>
                  Confirm
                </Button>
              </Group>
            </Stack>
          </form>
        </li>
      </ol>
    </Stack>
  )
}
