import { Button, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Settings } from '../../../shared/contract/organisation-schemas'
import { type Role, RoleLabels, Roles } from '../../../shared/roles'
import { FormError } from '../../components/FormError'
import { showFormErrors } from '../../lib/form-errors'
import { notify } from '../../lib/notify'
import { useUpdateSettings } from './use-settings'

/** Which roles must sign in with a code from an authenticator app as well as their password. */
export function TwoStepSettings({ settings }: { settings: Settings }) {
  const update = useUpdateSettings()
  const [error, setError] = useState<string | null>(null)
  const form = useForm<{ roles: string[] }>({
    initialValues: { roles: [...settings.secondFactorRoles] },
  })

  const submit = form.onSubmit(async ({ roles }) => {
    setError(null)
    try {
      // In the order roles are always listed, whatever order they were ticked in.
      const chosen = Roles.filter((role) => roles.includes(role))
      const saved = await update.mutateAsync({ secondFactorRoles: chosen })
      form.setValues({ roles: [...saved.secondFactorRoles] })
      form.resetDirty()
      notify({
        title: 'Saved',
        message:
          saved.secondFactorRoles.length === 0
            ? 'No role is asked for a code from an authenticator app.'
            : `Asked for a code: ${saved.secondFactorRoles.map((r: Role) => RoleLabels[r]).join(', ')}.`,
      })
    } catch (e) {
      setError(showFormErrors(form, e, ['secondFactorRoles']))
    }
  })

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-two-step">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h3" id="settings-two-step">
            Two-step sign-in
          </Title>
          <Text size="sm">
            People in a ticked role sign in with their password and then a code from an
            authenticator app on their phone. They set the app up the next time they sign in. Anyone
            who has set one up is always asked for a code, whatever is ticked here.
          </Text>
          <Checkbox.Group
            label="Ask these roles for a code when they sign in"
            {...form.getInputProps('roles')}
          >
            <Stack gap="xs" mt="xs">
              {Roles.map((role) => (
                <Checkbox key={role} value={role} label={RoleLabels[role]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormError message={error} title="Not saved" />
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              Save two-step sign-in
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
