import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { ReactNode } from 'react'
import { CopyButton } from '../../components/CopyButton'
import { useWarnBeforeLeaving } from '../../lib/use-warn-before-leaving'

/**
 * The ten recovery codes, shown once (only their hashes are kept): print or copy them, and say they
 * are saved before carrying on, as with the recovery key at set-up.
 */
export function RecoveryCodesStep({
  codes,
  continueLabel,
  onDone,
  extraAction,
}: {
  codes: readonly string[]
  continueLabel: string
  onDone(): void
  extraAction?: ReactNode
}) {
  useWarnBeforeLeaving(true)
  const form = useForm({
    initialValues: { isSaved: false },
    validate: {
      isSaved: (v) => (v ? null : 'Tick this once the codes are printed or stored safely.'),
    },
  })
  return (
    <form noValidate onSubmit={form.onSubmit(onDone)}>
      <Stack gap="md">
        <Alert color="yellow" variant="light" title="Important: these codes are shown only now">
          If you lose your phone, each code lets you sign in once instead of a code from the app.
          Keep them away from this computer: print them, or store them in a password manager.
        </Alert>
        <div>
          <Text fw={600} id="recovery-codes-label">
            Your recovery codes
          </Text>
          <ol
            className="cb-recovery-codes"
            aria-labelledby="recovery-codes-label"
            data-testid="recovery-codes"
          >
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
        </div>
        <Group gap="sm" className="cb-no-print">
          <Button variant="default" size="xs" onClick={() => window.print()}>
            Print
          </Button>
          <CopyButton text={codes.join('\n')} what="the recovery codes" />
        </Group>
        <Checkbox
          className="cb-no-print"
          label="I have saved these codes somewhere safe"
          {...form.getInputProps('isSaved', { type: 'checkbox' })}
        />
        <Group justify="space-between" className="cb-no-print">
          {extraAction ?? <span />}
          <Button type="submit">{continueLabel}</Button>
        </Group>
      </Stack>
    </form>
  )
}
