import { Button, Group, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { FormError } from '../../components/FormError'
import { JobProgress } from '../../components/JobProgress'
import { isApiError, messageOf } from '../../lib/api-client'
import { formatBytes } from '../../lib/format'
import { notify } from '../../lib/notify'
import { useJob } from '../../lib/use-job'
import { settingsKeys } from './settings-keys'

/** "Back up now", with progress from the backend and a way to stop. */
export function BackupNow({
  hasFolder,
  noFolderHint = 'Save a backup folder first.',
}: {
  hasFolder: boolean
  /** What to do when there is no backup folder yet (administrators choose it). */
  noFolderHint?: string
}) {
  const queryClient = useQueryClient()
  const job = useJob('backup')
  const [error, setError] = useState<string | null>(null)

  const start = async () => {
    setError(null)
    try {
      const made = await job.run('backup.create', {})
      notify({
        title: 'Backup made and checked',
        message: `${formatBytes(made.sizeBytes)} saved to ${made.path}`,
      })
    } catch (e) {
      setError(
        isApiError(e, 'JOB.CANCELLED')
          ? 'The backup was stopped. Nothing was saved.'
          : messageOf(e),
      )
    } finally {
      await queryClient.invalidateQueries({ queryKey: settingsKeys.backupStatus() })
    }
  }

  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => void start()} loading={job.isRunning} disabled={!hasFolder}>
          Back up now
        </Button>
        {job.isRunning && (
          <Button variant="default" onClick={job.cancel}>
            Stop
          </Button>
        )}
        {!hasFolder && <Text size="sm">{noFolderHint}</Text>}
      </Group>
      {job.isRunning && (
        <JobProgress
          progress={job.progress}
          label="Backup progress"
          waiting="Starting the backup…"
          testId="backup-progress"
        />
      )}
      <FormError message={error} title="Backup not made" />
    </Stack>
  )
}
