import { Button, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Settings } from '../../../shared/contract/organisation-schemas'
import { FormError } from '../../components/FormError'
import { showFormErrors } from '../../lib/form-errors'
import { CouncilsFields } from './CouncilsFields'
import { type CouncilRow, councilErrors, councilsToSave, emptyCouncil } from './council-rows'
import { useUpdateSettings } from './use-settings'
import { notify } from '../../lib/notify'

export function OrganisationSettings({ settings }: { settings: Settings }) {
  const update = useUpdateSettings()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<{ organisationName: string; councils: CouncilRow[] }>({
    initialValues: {
      organisationName: settings.organisationName,
      councils: settings.councils.length > 0 ? settings.councils : [emptyCouncil()],
    },
    validate: (values) => {
      const errors: Record<string, string> = councilErrors(values.councils)
      if (!values.organisationName.trim())
        errors.organisationName = 'Enter the organisation’s name.'
      if (councilsToSave(values.councils).length === 0)
        errors['councils.0.name'] = 'Keep at least one council.'
      return errors
    },
  })

  const submit = form.onSubmit(async (values) => {
    setError(null)
    try {
      const saved = await update.mutateAsync({
        organisationName: values.organisationName.trim(),
        councils: councilsToSave(values.councils),
      })
      form.setValues({ organisationName: saved.organisationName, councils: saved.councils })
      form.resetDirty()
      notify({ title: 'Saved', message: 'Organisation details saved.' })
    } catch (e) {
      setError(showFormErrors(form, e, ['organisationName', 'councils']))
    }
  })

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-organisation">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="settings-organisation">
            Organisation
          </Title>
          <TextInput label="Organisation name" {...form.getInputProps('organisationName')} />
          <CouncilsFields form={form} />
          <FormError message={error} title="Not saved" />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              Save organisation details
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
