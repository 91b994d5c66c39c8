import { Alert, Button, Divider, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { TickIcon, WarningIcon } from '../../components/icons'
import { callApi, isApiError, messageOf } from '../../lib/api-client'
import { RenewRecoveryKey } from './RenewRecoveryKey'

/** For a key that was kept but never typed back (set-up closed early): typing it back now. */
function ConfirmKeptKey() {
  const { refresh } = useSession()
  const [isChecking, setIsChecking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const form = useForm({
    initialValues: { typed: '' },
    validate: { typed: (v) => (v.trim() ? null : 'Type the recovery key you kept.') },
  })
  const submit = form.onSubmit(async ({ typed }) => {
    setError(null)
    setIsChecking(true)
    try {
      await callApi('recoveryKey.confirm', { recoveryKey: typed.trim() })
      form.reset()
      // The reminder at every sign-in stops, and so does this form.
      await refresh()
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_RECOVERY_KEY')) form.setFieldError('typed', e.message)
      else setError(messageOf(e))
    } finally {
      setIsChecking(false)
    }
  })
  return (
    <form noValidate onSubmit={submit} aria-label="Confirm the recovery key you kept">
      <Stack gap="sm">
        <Alert
          color="yellow"
          variant="light"
          title={
            <span className="cb-icon-title">
              <WarningIcon /> Nobody has confirmed keeping the recovery key
            </span>
          }
        >
          If you have it, type it here to show it opens this data file. If it is lost, make a new
          one below.
        </Alert>
        <TextInput
          label="The recovery key you kept"
          description="Dashes and small letters are fine."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maw={460}
          classNames={{ input: 'cb-key-input' }}
          disabled={isChecking}
          {...form.getInputProps('typed')}
        />
        <FormError message={error} title="Not confirmed" />
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={isChecking}>
            Confirm the key
          </Button>
        </Group>
      </Stack>
    </form>
  )
}

/**
 * The recovery key: whether it is known to be kept (confirming it when not), and making a new one.
 * Administrators are reminded at every sign-in until the current key has been typed back.
 */
export function RecoveryKeySection() {
  const { isRecoveryKeyUnconfirmed } = useSession().session
  // While a new key is on screen, it is the one to type back, not the old one.
  const [isNewKeyShown, setIsNewKeyShown] = useState(false)
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="recovery-key-section">
      <Stack gap="md">
        <Title order={2} size="h3" id="recovery-key-section">
          Recovery key
        </Title>
        <Text>
          If every administrator forgets their password, the recovery key is the only way back into
          the records. Casebook does not keep a readable copy of it.
        </Text>
        {isNewKeyShown ? null : isRecoveryKeyUnconfirmed ? (
          <ConfirmKeptKey />
        ) : (
          <Text data-testid="recovery-key-state">
            <span className="cb-icon-title">
              <TickIcon /> The current recovery key has been typed back, so someone has kept it.
            </span>
          </Text>
        )}
        <Divider />
        <Title order={3} size="h4">
          Make a new recovery key
        </Title>
        <RenewRecoveryKey onKeyShown={setIsNewKeyShown} />
      </Stack>
    </Paper>
  )
}
