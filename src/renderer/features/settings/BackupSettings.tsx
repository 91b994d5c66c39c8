import { Alert, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { Settings } from '../../../shared/contract/admin-routes'
import { FormError } from '../../components/FormError'
import { casebook, messageOf } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { formatBytes, formatDateTime } from '../../lib/format'
import { BackupNow } from './BackupNow'
import { useBackupStatus, useUpdateSettings } from './use-settings'
import { notify } from '../../lib/notify'

const KIND_WORDS = {
  manual: 'made by hand',
  daily: 'daily, automatic',
  'on-close': 'automatic, on closing',
  'pre-migration': 'before an upgrade',
  'pre-restore': 'before a restore',
} as const

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

  const last = status.data?.lastGood
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="settings-backups">
      <Stack gap="md">
        <Title order={2} size="h3" id="settings-backups">
          Backups
        </Title>
        {status.data?.isOverdue && (
          <Alert color="red" variant="light" title="Warning: a backup is overdue" role="alert">
            {status.data.message}
          </Alert>
        )}
        {status.isError && (
          <FormError message={messageOf(status.error)} title="Backup status unknown" />
        )}
        {status.data && (
          <div data-testid="backup-status">
            <Text fw={600}>Last good backup</Text>
            {last ? (
              <Text>
                {formatDateTime(last.createdAt)} ({KIND_WORDS[last.kind]}),{' '}
                {formatBytes(last.sizeBytes)}
                <br />
                <span className="cb-break">{last.path}</span>
              </Text>
            ) : (
              <Text>None yet.</Text>
            )}
            {!last && !status.data.isOverdue && <Text size="sm">{status.data.message}</Text>}
          </div>
        )}
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
            <FormError message={error} title="Not saved" />
            <Group justify="flex-end">
              <Button type="submit" loading={update.isPending}>
                Save backup folder
              </Button>
            </Group>
          </Stack>
        </form>
        <BackupNow hasFolder={Boolean(settings.backupFolder)} />
      </Stack>
    </Paper>
  )
}
