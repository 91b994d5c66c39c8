import { Alert, Button, Checkbox, Code, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { CopyButton } from '../../components/CopyButton'
import { FormError } from '../../components/FormError'
import { isApiError, messageOf } from '../../lib/api-client'

/**
 * Shows a recovery key with Print and Copy beside it, and lets the person carry on only when they
 * say they have stored it and type the whole key back (which catches "I'll do it later"). The
 * backend checks what was typed: `onConfirm` calls it and throws AUTH.WRONG_RECOVERY_KEY for a
 * wrong key, which is said on the field.
 */
export function RecoveryKeyStep({
  recoveryKey,
  onConfirm,
  confirmLabel = 'Continue to sign in',
  shownOnce = 'Important: this key is shown only now',
}: {
  recoveryKey: string
  onConfirm(typed: string): Promise<void>
  /** What carrying on leads to: signing in after set-up, hiding the key after making a new one. */
  confirmLabel?: string
  /** The warning's title: how long the key stays on screen. */
  shownOnce?: string
}) {
  const [error, setError] = useState<string | null>(null)
  const [isChecking, setIsChecking] = useState(false)
  const form = useForm({
    initialValues: { isStored: false, typed: '' },
    validate: {
      isStored: (v) => (v ? null : 'Tick this once the key is written down or stored safely.'),
      typed: (v) => (v.trim() ? null : 'Type the recovery key back, from where you wrote it down.'),
    },
  })
  const submit = form.onSubmit(async ({ typed }) => {
    setError(null)
    setIsChecking(true)
    try {
      await onConfirm(typed.trim())
    } catch (e) {
      if (isApiError(e, 'AUTH.WRONG_RECOVERY_KEY')) form.setFieldError('typed', e.message)
      else setError(messageOf(e))
    } finally {
      setIsChecking(false)
    }
  })
  return (
    <form noValidate onSubmit={submit}>
      <Stack gap="md" mt="md">
        <Alert color="yellow" variant="light" title={shownOnce}>
          If every administrator forgets their password, this key is the only way back into your
          records. Nobody else can recover them, not even Casebook’s developers.
        </Alert>
        <div>
          <Text fw={600} id="recovery-key-label">
            Your recovery key
          </Text>
          <Code
            block
            className="cb-recovery-key"
            data-testid="recovery-key"
            aria-labelledby="recovery-key-label"
          >
            {recoveryKey}
          </Code>
        </div>
        <Group gap="sm" className="cb-no-print">
          <Button variant="default" size="xs" onClick={() => window.print()}>
            Print
          </Button>
          <CopyButton text={recoveryKey} what="the recovery key" />
        </Group>
        <Text>
          Write it on paper, print it, or store it in a password manager, and keep it away from this
          computer (for example in the office safe).
        </Text>
        <Checkbox
          className="cb-no-print"
          label="I have written the recovery key down or stored it somewhere safe"
          {...form.getInputProps('isStored', { type: 'checkbox' })}
        />
        <TextInput
          className="cb-no-print"
          label="Type the recovery key back"
          description="All of it, from where you wrote it down or stored it. Dashes and small letters are fine."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maw={460}
          classNames={{ input: 'cb-key-input' }}
          disabled={isChecking}
          {...form.getInputProps('typed')}
        />
        <FormError message={error} title="Not confirmed" />
        <Group justify="flex-end" className="cb-no-print">
          <Button type="submit" loading={isChecking}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
