import { Button, Group, NumberInput, Paper, Stack, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Settings } from '../../../shared/contract/organisation-schemas'
import { useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { showFormErrors } from '../../lib/form-errors'
import { plural } from '../../lib/format'
import { useUpdateSettings } from './use-settings'
import { notify } from '../../lib/notify'

export function LockSettings({ settings }: { settings: Settings }) {
  const update = useUpdateSettings()
  const { refresh } = useSession()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<{ lockAfterMinutes: number | string }>({
    initialValues: { lockAfterMinutes: settings.lockAfterMinutes },
    validate: {
      lockAfterMinutes: (v) =>
        typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 240
          ? null
          : 'Enter a whole number of minutes from 1 to 240.',
    },
  })

  const submit = form.onSubmit(async ({ lockAfterMinutes }) => {
    setError(null)
    try {
      const saved = await update.mutateAsync({ lockAfterMinutes: Number(lockAfterMinutes) })
      await refresh()
      notify({
        title: 'Saved',
        message: `Casebook now locks after ${plural(saved.lockAfterMinutes, 'minute')} without use.`,
      })
    } catch (e) {
      setError(showFormErrors(form, e, ['lockAfterMinutes']))
    }
  })

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-lock">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="settings-lock">
            Locking
          </Title>
          <NumberInput
            label="Lock after this many minutes without use"
            description="From 1 to 240. Everyone then needs their password to carry on. Shorter is safer on shared desks."
            allowDecimal={false}
            allowNegative={false}
            maw={460}
            {...form.getInputProps('lockAfterMinutes')}
          />
          <FormError message={error} title="Not saved" />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              Save lock timeout
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
