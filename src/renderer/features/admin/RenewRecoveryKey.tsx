import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { TickIcon } from '../../components/icons'
import { callApi, isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { useWarnBeforeLeaving } from '../../lib/use-warn-before-leaving'
import { RecoveryKeyStep } from '../setup/RecoveryKeyStep'

type Stage = { kind: 'ask' } | { kind: 'shown'; recoveryKey: string } | { kind: 'kept' }

/**
 * "Make a new recovery key": the password asked again (the old key stops working), the new key shown
 * once with Print and Copy, and typed back to show it was kept.
 */
export function RenewRecoveryKey({ onKeyShown }: { onKeyShown(isShown: boolean): void }) {
  const { refresh } = useSession()
  const [stage, setStage] = useState<Stage>({ kind: 'ask' })
  const [isConfirming, setIsConfirming] = useState(false)
  const [isMaking, setIsMaking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Enter your password.') },
  })
  // Only the key's holder has it now: a reload or close before it is kept would lose it.
  useWarnBeforeLeaving(stage.kind === 'shown')

  const make = async () => {
    setIsConfirming(false)
    setError(null)
    setIsMaking(true)
    try {
      const { recoveryKey } = await callApi('recoveryKey.renew', {
        password: form.getValues().password,
      })
      form.reset()
      setStage({ kind: 'shown', recoveryKey })
      onKeyShown(true)
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_PASSWORD')) {
        form.setFieldValue('password', '')
        form.setFieldError('password', e.message)
      } else {
        setError(showFormErrors(form, e, ['password']))
      }
    } finally {
      setIsMaking(false)
    }
  }

  if (stage.kind === 'shown') {
    return (
      <div data-testid="new-recovery-key">
        <RecoveryKeyStep
          recoveryKey={stage.recoveryKey}
          confirmLabel="I have kept the new recovery key"
          onConfirm={async (typed) => {
            await callApi('recoveryKey.confirm', { recoveryKey: typed })
            setStage({ kind: 'kept' })
            onKeyShown(false)
            await refresh()
          }}
        />
      </div>
    )
  }
  return (
    <form onSubmit={form.onSubmit(() => setIsConfirming(true))} noValidate>
      <Stack gap="sm">
        {stage.kind === 'kept' && (
          <Alert
            color="green"
            variant="light"
            data-testid="recovery-key-renewed"
            title={
              <span className="cb-icon-title">
                <TickIcon /> New recovery key kept
              </span>
            }
          >
            The new key is no longer shown. The old one no longer works: destroy any copy of it.
          </Alert>
        )}
        <Text>
          Make a new key if the old one is lost, or someone who should not have it may have seen it.
          The old key stops working at once.
        </Text>
        <PasswordInput
          label="Your password"
          description="Asked again, because the old key stops working."
          autoComplete="current-password"
          maw={460}
          disabled={isMaking}
          {...form.getInputProps('password')}
        />
        <FormError message={error} title="No new key was made" />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={isMaking}>
            Make a new recovery key…
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Make a new recovery key now?"
        confirmLabel="Make a new recovery key"
        onConfirm={() => void make()}
        onCancel={() => setIsConfirming(false)}
      >
        The old recovery key stops working at once. The new one is shown once: have somewhere ready
        to keep it, such as paper for the office safe or a password manager.
      </ConfirmDialog>
    </form>
  )
}
