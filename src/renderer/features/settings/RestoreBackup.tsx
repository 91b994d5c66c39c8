import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { Link } from 'react-router'
import type { RouteOutput } from '../../../shared/contract/routes'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { TickIcon } from '../../components/icons'
import { useJob } from '../../lib/use-job'
import { useAbout } from '../about/use-about'
import { type BackupKeyValues, OtherKeyFields, backupKeyInput, showBackupError } from './backup-key'
import { BackupFacts } from './CheckBackup'
import { PathField } from './PathField'
import { SwitchToRestored } from './SwitchToRestored'

type Restored = RouteOutput<'backup.restore'>
type Values = BackupKeyValues & { to: string }

/** "C:\Casebook\casebook.db" → "C:\Casebook\casebook-restored.db", to show what a new name looks like. */
function exampleBeside(dataFile: string | undefined): string {
  if (!dataFile) return 'casebook-restored.db'
  const cut = Math.max(dataFile.lastIndexOf('/'), dataFile.lastIndexOf('\\'))
  return `${dataFile.slice(0, cut + 1)}casebook-restored.db`
}

function WhatNext({ restored, dataFile }: { restored: Restored; dataFile: string | undefined }) {
  return (
    <Alert
      color="green"
      variant="light"
      title={
        <span className="cb-icon-title">
          <TickIcon /> Backup restored to a new file
        </span>
      }
      data-testid="restore-result"
    >
      <Stack gap="sm">
        <Text size="sm">
          The restored data file is at <strong className="cb-break">{restored.restoredTo}</strong>{' '}
          (with its key file, <span className="cb-break">{restored.restoredTo}.keyring</span>,
          beside it). It passed its checks:
        </Text>
        <BackupFacts checked={restored} />
        <Text size="sm" fw={600}>
          Casebook is still using the current data file
          {dataFile ? (
            <>
              , <span className="cb-break">{dataFile}</span>
            </>
          ) : null}
          . Nothing in it has changed.
        </Text>
        <SwitchToRestored restoredTo={restored.restoredTo} dataFile={dataFile} />
        <Text size="sm">
          The{' '}
          <Anchor component={Link} to="/admin/about" inherit>
            About page
          </Anchor>{' '}
          always shows which data file Casebook is using.
        </Text>
      </Stack>
    </Alert>
  )
}

/** Restores a backup to a new data file: never over an existing one, and only after asking. */
export function RestoreBackup() {
  const job = useJob('restore')
  const about = useAbout()
  const [needsPassword, setNeedsPassword] = useState(false)
  const [isConfirming, setIsConfirming] = useState(false)
  const [restored, setRestored] = useState<Restored | null>(null)
  const [error, setError] = useState<string | null>(null)
  const form = useForm<Values>({
    initialValues: { file: '', to: '', username: '', password: '' },
    validate: {
      file: (v) => (v.trim() ? null : 'Enter the full path of the backup file.'),
      to: (v, values) =>
        !v.trim()
          ? 'Enter the full path for the new data file.'
          : v.trim() === values.file.trim() || v.trim() === about.data?.dataFile
            ? 'Choose a new file name: a restore never writes over a file.'
            : null,
      password: (v) =>
        needsPassword && !v ? 'Enter a password that was valid when the backup was made.' : null,
    },
    onValuesChange: (values, previous) => {
      if (values.file !== previous.file) setNeedsPassword(false)
    },
  })

  const restore = async () => {
    setIsConfirming(false)
    setError(null)
    setRestored(null)
    const values = form.getValues()
    try {
      const input = {
        file: values.file.trim(),
        to: values.to.trim(),
        ...backupKeyInput(values, needsPassword),
      }
      setRestored(await job.run('backup.restore', input))
    } catch (e) {
      setError(showBackupError(form, e, () => setNeedsPassword(true)))
    }
  }

  const submit = form.onSubmit(() => {
    setRestored(null)
    setIsConfirming(true)
  })
  const values = form.getValues()
  return (
    <form onSubmit={submit} noValidate aria-labelledby="restore-backup">
      <Stack gap="sm">
        <Title order={3} size="h4" id="restore-backup">
          Restore a backup to a new file
        </Title>
        <Text size="sm">
          Restoring never overwrites anything. It checks the backup, then writes it as a new data
          file at the path you give, which must not exist yet. Casebook carries on using its current
          data file until you switch to the restored one, offered once it is done.
        </Text>
        <PathField
          purpose="backup"
          label="Backup file to restore"
          description="The full path of a .cbk file."
          disabled={job.isRunning}
          onChosen={(path) => form.setFieldValue('file', path)}
          {...form.getInputProps('file')}
        />
        <PathField
          purpose="new-data-file"
          label="New data file"
          description={`A file that does not exist yet, for example ${exampleBeside(about.data?.dataFile)}`}
          disabled={job.isRunning}
          onChosen={(path) => form.setFieldValue('to', path)}
          {...form.getInputProps('to')}
        />
        {needsPassword && <OtherKeyFields form={form} idPrefix="restore" />}
        <FormError message={error} title="Not restored" />
        {job.isRunning && (
          <JobProgress
            progress={job.progress}
            label="Restore progress"
            waiting="Checking the backup and writing the new data file. This can take a minute…"
          />
        )}
        {restored && <WhatNext restored={restored} dataFile={about.data?.dataFile} />}
        <Group justify="flex-end">
          <Button type="submit" variant="default" loading={job.isRunning}>
            Restore to a new file…
          </Button>
        </Group>
      </Stack>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Restore this backup to a new file?"
        confirmLabel="Restore to the new file"
        size="lg"
        onConfirm={() => void restore()}
        onCancel={() => setIsConfirming(false)}
      >
        <Stack gap="xs">
          <Text>
            Casebook will check <strong className="cb-break">{values.file.trim()}</strong> and write
            it as a new data file at <strong className="cb-break">{values.to.trim()}</strong>.
          </Text>
          <Text>
            Nothing is overwritten, and the data file in use now is not changed. It can take a
            minute.
          </Text>
        </Stack>
      </ConfirmDialog>
    </form>
  )
}
