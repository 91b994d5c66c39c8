import { Button, Divider, Group, Paper, Stack, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Settings } from '../../../shared/contract/organisation-schemas'
import { FormError } from '../../components/FormError'
import { casebook } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { BackupFolderCheck } from './BackupFolderCheck'
import { BackupNow } from './BackupNow'
import { BackupStatusView } from './BackupStatusView'
import { CheckBackup } from './CheckBackup'
import { RestoreBackup } from './RestoreBackup'
import { TestRestore } from './TestRestore'
import { useBackupStatus, useUpdateSettings } from './use-settings'
import { notify } from '../../lib/notify'

export function BackupSettings({ settings }: { settings: Settings }) {
  const update = useUpdateSettings()
  const status = useBackupStatus()
  const [error, setError] = useState<string | null>(null)
  const form = useForm({ initialValues: { backupFolder: settings.backupFolder ?? '' } })
  // Only a host with a native picker offers "Choose…"; the web harness's chooseFolder gives null.
  const hasPicker = casebook().host === 'electron'

  const choose = async () => {
    const folder = await casebook().chooseFolder('Choose the backup folder')
    if (folder !== null) form.setFieldValue('backupFolder', folder)
  }

  const submit = form.onSubmit(async ({ backupFolder }) => {
    setError(null)
    try {
      await update.mutateAsync({ backupFolder: backupFolder.trim() || null })
      form.resetDirty()
      notify({ title: 'Saved', message: 'Backup folder saved.' })
    } catch (e) {
      setError(showFormErrors(form, e, ['backupFolder']))
    }
  })

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-backups">
      <Stack gap="md">
        <Title order={2} size="h3" id="settings-backups">
          Backups
        </Title>
        <BackupStatusView />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label="Backup folder"
                description="A USB drive or a folder on another computer. Casebook backs up daily and when it closes."
                className="cb-grow"
                spellCheck={false}
                {...form.getInputProps('backupFolder')}
              />
              {hasPicker && (
                <Button variant="default" onClick={() => void choose()}>
                  Choose…
                </Button>
              )}
            </Group>
            {settings.backupFolderCheck &&
              form.values.backupFolder.trim() === settings.backupFolder && (
                <BackupFolderCheck check={settings.backupFolderCheck} />
              )}
            <FormError message={error} title="Not saved" />
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                Save backup folder
              </Button>
            </Group>
          </Stack>
        </form>
        <BackupNow hasFolder={Boolean(settings.backupFolder)} />
        <Divider />
        <TestRestore />
        <Divider />
        <CheckBackup lastBackup={status.data?.lastGood?.path ?? null} />
        <Divider />
        <RestoreBackup />
      </Stack>
    </Paper>
  )
}
