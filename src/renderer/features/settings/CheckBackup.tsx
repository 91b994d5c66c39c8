import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { RouteOutput } from '../../../shared/contract/routes'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { TickIcon } from '../../components/icons'
import { Facts } from '../../components/TabHeader'
import { formatBytes, formatDateTime } from '../../lib/format'
import { useJob } from '../../lib/use-job'
import { type BackupKeyValues, OtherKeyFields, backupKeyInput, showBackupError } from './backup-key'
import { PathField } from './PathField'

type Checked = RouteOutput<'backup.verify'>

/** "ok" is SQLite's word for a clean integrity check; anything else is the problem it found. */
export function integrityWords(integrity: string): string {
  return integrity === 'ok' ? 'OK: no damage found' : `Problems found: ${integrity}`
}

/** What a checked (or restored) backup holds, in words. */
export function BackupFacts({ checked }: { checked: Checked }) {
  return (
    <Facts
      items={[
        ['Made', formatDateTime(checked.createdAt)],
        ['Size', formatBytes(checked.sizeBytes)],
        ['Made by Casebook version', checked.appVersion],
        ['Database version', String(checked.schemaVersion)],
        ['Integrity check', integrityWords(checked.integrity)],
      ]}
    />
  )
}

/**
 * Checks a backup file is whole, unaltered and opens: with the open data file's key, or (for a
 * backup made before a key rotation) with a password that was valid when it was made.
 */
export function CheckBackup({ lastBackup }: { lastBackup: string | null }) {
  const job = useJob('verify')
  const [needsPassword, setNeedsPassword] = useState(false)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [error, setError] = useState<string | null>(null)
  const form = useForm<BackupKeyValues>({
    initialValues: { file: '', username: '', password: '' },
    validate: {
      file: (v) => (v.trim() ? null : 'Enter the full path of the backup file.'),
      password: (v) =>
        needsPassword && !v ? 'Enter a password that was valid when the backup was made.' : null,
    },
    onValuesChange: (values, previous) => {
      if (values.file !== previous.file) {
        setChecked(null)
        setNeedsPassword(false)
      }
    },
  })

  const submit = form.onSubmit(async (values) => {
    setError(null)
    setChecked(null)
    try {
      const input = { file: values.file.trim(), ...backupKeyInput(values, needsPassword) }
      setChecked(await job.run('backup.verify', input))
    } catch (e) {
      setError(showBackupError(form, e, () => setNeedsPassword(true)))
    }
  })

  return (
    <form onSubmit={submit} noValidate aria-labelledby="check-backup">
      <Stack gap="sm">
        <Title order={3} size="h4" id="check-backup">
          Check a backup file
        </Title>
        <Text size="sm">
          Makes sure a backup is complete, has not been changed, and opens. It takes about as long
          as making the backup.
        </Text>
        <PathField
          purpose="backup"
          label="Backup file"
          description="The full path of a .cbk file, on this computer or a drive it can reach."
          disabled={job.isRunning}
          onChosen={(path) => form.setFieldValue('file', path)}
          {...form.getInputProps('file')}
          actions={
            lastBackup && (
              <Button
                variant="default"
                disabled={job.isRunning}
                onClick={() => form.setFieldValue('file', lastBackup)}
              >
                Use the last backup
              </Button>
            )
          }
        />
        {needsPassword && <OtherKeyFields form={form} idPrefix="check" />}
        <FormError message={error} title="The backup did not pass" />
        {job.isRunning && (
          <JobProgress
            progress={job.progress}
            label="Check progress"
            waiting="Checking the backup. This can take a minute…"
          />
        )}
        {checked && (
          <Alert
            color="green"
            variant="light"
            title={
              <span className="cb-icon-title">
                <TickIcon /> The backup is whole and opens
              </span>
            }
            data-testid="backup-check-result"
          >
            <Text size="sm" mb="xs" className="cb-break">
              {checked.file}
            </Text>
            <BackupFacts checked={checked} />
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={job.isRunning}>
            Check backup
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
