import { Button, Checkbox, Group, PasswordInput, Stack, Stepper, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi, casebook, isApiError, messageOf, newCallId } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { PasswordStrength } from '../auth/PasswordStrength'
import { CouncilsFields } from '../settings/CouncilsFields'
import { councilsToSave } from '../settings/council-rows'
import { RecoveryKeyStep } from './RecoveryKeyStep'
import {
  type SetupValues,
  adminStepErrors,
  initialSetupValues,
  organisationStepErrors,
  secondFactorRolesOf,
} from './setup-form'

const STEP_TITLES = ['Your organisation', 'First administrator', 'Recovery key'] as const

/**
 * First run: the organisation, its councils, the first administrator, then the recovery key. Set-up
 * finishes only when the key is typed back; until then the backend keeps it (while it runs), so a
 * reload comes back to the last step with the same key rather than losing it.
 */
export function SetupWizard({ onFinished }: { onFinished(): void }) {
  const { session, refresh } = useSession()
  const [step, setStep] = useState(0)
  const [madeKey, setMadeKey] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [progress, setProgress] = useState<string | null>(null)
  const form = useForm<SetupValues>({ initialValues: initialSetupValues })
  const pending = useQuery({
    queryKey: ['setup', 'pending-recovery-key'],
    queryFn: () => callApi('setup.pendingRecoveryKey', {}),
    enabled: session.hasPendingRecoveryKey && madeKey === null,
  })
  const recoveryKey = madeKey ?? pending.data?.recoveryKey ?? null
  // Confirmed (or Casebook restarted) elsewhere meanwhile: the session then leads to sign-in.
  const isPendingGone = pending.data !== undefined && pending.data.recoveryKey === null
  useEffect(() => {
    if (isPendingGone) void refresh()
  }, [isPendingGone, refresh])

  const confirmKey = async (typed: string) => {
    await callApi('setup.confirmRecoveryKey', { recoveryKey: typed })
    onFinished()
  }

  const check = (errors: Record<string, string>) => {
    form.setErrors(errors)
    return Object.keys(errors).length === 0
  }

  const create = async () => {
    if (!check(adminStepErrors(form.values))) return
    setError(null)
    const callId = newCallId('setup')
    const stop = casebook().onProgress((event) => {
      if (event.callId === callId) setProgress(event.label)
    })
    setProgress('Creating the encrypted data file…')
    try {
      const v = form.values
      const result = await callApi(
        'setup.create',
        {
          organisationName: v.organisationName.trim(),
          councils: councilsToSave(v.councils),
          admin: {
            username: v.username.trim(),
            displayName: v.displayName.trim(),
            password: v.password,
          },
          secondFactorRoles: secondFactorRolesOf(v),
        },
        { callId },
      )
      form.setFieldValue('password', '')
      form.setFieldValue('confirm', '')
      setMadeKey(result.recoveryKey)
      setStep(2)
    } catch (e) {
      if (isApiError(e, 'SETUP.ALREADY_DONE')) {
        // Someone finished set-up in another window first: go to sign-in.
        notify({ title: 'Casebook is already set up', message: e.message })
        await refresh()
        return
      }
      if (isApiError(e, 'AUTH.WEAK_PASSWORD')) {
        form.setFieldError('password', e.message)
        return
      }
      const fields = ['organisationName', 'councils', 'username', 'displayName', 'password']
      setError(showFormErrors(form, e, fields, 'admin.'))
      const issues = isApiError(e, 'INPUT.INVALID')
        ? ((e.details?.issues ?? []) as { path: string }[])
        : []
      if (issues.some((issue) => /^(organisationName|councils)/.test(issue.path))) setStep(0)
    } finally {
      stop()
      setProgress(null)
    }
  }

  return (
    <CentredCard
      title="Set up Casebook"
      intro="Three short steps. Everything you enter is kept in one encrypted file on this computer."
      width={720}
    >
      <Stepper
        active={recoveryKey ? 2 : step}
        allowNextStepsSelect={false}
        size="sm"
        aria-label="Set-up steps"
      >
        <Stepper.Step label={STEP_TITLES[0]} allowStepSelect={step === 1}>
          <form
            noValidate
            onSubmit={form.onSubmit(() => {
              if (check(organisationStepErrors(form.values))) setStep(1)
            })}
          >
            <Stack gap="md" mt="md">
              <TextInput
                label="Organisation name"
                description="As it should appear on reports and returns."
                autoFocus
                {...form.getInputProps('organisationName')}
              />
              <CouncilsFields form={form} />
              <Group justify="flex-end">
                <Button type="submit">Next: first administrator</Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={STEP_TITLES[1]} allowStepSelect={false}>
          <form
            noValidate
            onSubmit={form.onSubmit(() => {
              void create()
            })}
          >
            <Stack gap="md" mt="md">
              <TextInput
                label="Username"
                description="What they type to sign in: letters, digits, dots, dashes or underscores, no spaces. For example sam.jones"
                autoCapitalize="none"
                spellCheck={false}
                autoComplete="username"
                autoFocus
                {...form.getInputProps('username')}
              />
              <TextInput
                label="Full name"
                autoComplete="name"
                {...form.getInputProps('displayName')}
              />
              <PasswordInput
                label="Password"
                autoComplete="new-password"
                aria-describedby="setup-password-strength"
                {...form.getInputProps('password')}
              />
              <PasswordStrength
                id="setup-password-strength"
                password={form.values.password}
                userInputs={[
                  form.values.username,
                  form.values.displayName,
                  form.values.organisationName,
                ]}
              />
              <PasswordInput
                label="Password again"
                autoComplete="new-password"
                {...form.getInputProps('confirm')}
              />
              <Checkbox
                label="Ask administrators and budget managers for a code from an authenticator app when they sign in (recommended)"
                description="Each of them sets up an app on their phone the first time they sign in. A password that gets out is then not enough on its own. You can change this later in Admin › Settings."
                {...form.getInputProps('askForCode', { type: 'checkbox' })}
              />
              <FormError message={error} title="Casebook was not set up" />
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)} disabled={progress !== null}>
                  Back
                </Button>
                <Button type="submit" loading={progress !== null}>
                  Create Casebook
                </Button>
              </Group>
              {progress && (
                <p className="cb-visually-hidden" role="status">
                  {progress}
                </p>
              )}
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={STEP_TITLES[2]} allowStepSelect={false}>
          {recoveryKey && (
            <RecoveryKeyStep
              recoveryKey={recoveryKey}
              onConfirm={confirmKey}
              shownOnce="Important: keep this key now"
            />
          )}
          {pending.isError && (
            <FormError
              message={messageOf(pending.error)}
              title="The recovery key could not be shown"
            />
          )}
        </Stepper.Step>
      </Stepper>
    </CentredCard>
  )
}
