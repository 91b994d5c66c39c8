import { Alert, Stack, Text } from '@mantine/core'
import { PageHeader } from '../../components/PageHeader'
import { messageOf } from '../../lib/api-client'
import { BackupSettings } from './BackupSettings'
import { LockSettings } from './LockSettings'
import { OrganisationSettings } from './OrganisationSettings'
import { TwoStepSettings } from './TwoStepSettings'
import { useSettings } from './use-settings'

export function SettingsPage() {
  const settings = useSettings()
  return (
    <>
      <PageHeader
        title="Settings"
        windowTitle="Settings · Admin"
        description="Your organisation, how soon Casebook locks, two-step sign-in, and backups."
      />
      {settings.isError && (
        <Alert color="red" role="alert" title="Could not load the settings">
          {messageOf(settings.error)}
        </Alert>
      )}
      {settings.isPending && <Text>Loading settings…</Text>}
      {settings.data && (
        <Stack gap="lg" maw={860}>
          <OrganisationSettings settings={settings.data} />
          <LockSettings settings={settings.data} />
          <TwoStepSettings settings={settings.data} />
          <BackupSettings settings={settings.data} />
        </Stack>
      )}
    </>
  )
}
