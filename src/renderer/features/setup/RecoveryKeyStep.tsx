import { Alert, Button, Checkbox, Code, Group, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { lastGroupOf } from './setup-form'

/**
 * Shows the recovery key once, and lets the person carry on only when they say they have stored it
 * and type its last group back (which catches "I'll do it later").
 */
export function RecoveryKeyStep({
  recoveryKey,
  onConfirmed,
  confirmLabel = 'Continue to sign in',
}: {
  recoveryKey: string
  onConfirmed(): void
  /** What carrying on leads to: signing in after set-up, hiding the key after a keyring repair. */
  confirmLabel?: string
}) {
  const expected = lastGroupOf(recoveryKey)
  const form = useForm({
    initialValues: { isStored: false, lastGroup: '' },
    validate: {
      isStored: (v) => (v ? null : 'Tick this once the key is written down or stored safely.'),
      lastGroup: (v) =>
        !v.trim()
          ? 'Type the last group of the key, from where you wrote it down.'
          : v.trim().toUpperCase() === expected.toUpperCase()
            ? null
            : 'That is not the last group of the key. Check what you wrote down.',
    },
  })
  return (
    <form noValidate onSubmit={form.onSubmit(onConfirmed)}>
      <Stack gap="md" mt="md">
        <Alert color="yellow" variant="light" title="Important: this key is shown only now">
          If every administrator forgets their password, this key is the only way back into your
          records. Nobody else can recover them, not even Casebook’s developers.
        </Alert>
        <div>
          <Text fw={600} id="recovery-key-label">
            Your recovery key
          </Text>
          <Code block className="cb-recovery-key" data-testid="recovery-key">
            {recoveryKey}
          </Code>
        </div>
        <Text>
          Write it on paper or store it in a password manager, and keep it away from this computer
          (for example in the office safe).
        </Text>
        <Checkbox
          label="I have written the recovery key down or stored it somewhere safe"
          {...form.getInputProps('isStored', { type: 'checkbox' })}
        />
        <TextInput
          label="Type the last group of the key"
          description={`The ${expected.length} characters after the last dash, to show you have it.`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maw={380}
          {...form.getInputProps('lastGroup')}
        />
        <Group justify="flex-end">
          <Button type="submit">{confirmLabel}</Button>
        </Group>
      </Stack>
    </form>
  )
}
