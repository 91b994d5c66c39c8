import { Button, Group, Progress, Stack, Text } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ProgressEvent } from '../../../shared/contract/api'
import { FormError } from '../../components/FormError'
import { callApi, casebook, isApiError, messageOf, newCallId } from '../../lib/api-client'
import { formatBytes } from '../../lib/format'
import { BACKUP_STATUS_KEY } from './use-settings'
import { notify } from '../../lib/notify'

/** "Back up now", with progress from the backend and a way to stop. */
export function BackupNow({ hasFolder }: { hasFolder: boolean }) {
  const queryClient = useQueryClient()
  const [callId, setCallId] = useState<string | null>(null)
  const [progress, setProgress] = useState<ProgressEvent | null>(null)
  const [error, setError] = useState<string | null>(null)

  const start = async () => {
    const id = newCallId('backup')
    setCallId(id)
    setError(null)
    setProgress(null)
    const stop = casebook().onProgress((event) => {
      if (event.callId === id) setProgress(event)
    })
    try {
      const made = await callApi('backup.create', {}, { callId: id })
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
      stop()
      setCallId(null)
      setProgress(null)
      await queryClient.invalidateQueries({ queryKey: BACKUP_STATUS_KEY })
    }
  }

  const percent =
    progress && progress.total ? Math.round((progress.done / progress.total) * 100) : null
  return (
    <Stack gap="sm">
      <Group>
        <Button onClick={() => void start()} loading={callId !== null} disabled={!hasFolder}>
          Back up now
        </Button>
        {callId && (
          <Button variant="default" onClick={() => void casebook().cancel(callId)}>
            Stop
          </Button>
        )}
        {!hasFolder && <Text size="sm">Save a backup folder first.</Text>}
      </Group>
      {callId && (
        <Stack gap={4} data-testid="backup-progress">
          <Progress
            value={percent ?? 100}
            animated={percent === null}
            aria-label="Backup progress"
          />
          <Text size="sm" role="status">
            {progress
              ? `${progress.label}${progress.total ? ` (step ${progress.done} of ${progress.total})` : ''}`
              : 'Starting the backup…'}
          </Text>
        </Stack>
      )}
      <FormError message={error} title="Backup not made" />
    </Stack>
  )
}
