import { Alert, Text } from '@mantine/core'
import type { RestoreDrill } from '../../../shared/contract/backup-routes'
import { FormError } from '../../components/FormError'
import { messageOf } from '../../lib/api-client'
import { formatBytes, formatDateTime } from '../../lib/format'
import { useBackupStatus } from './use-settings'

const KIND_WORDS = {
  manual: 'made by hand',
  daily: 'daily, automatic',
  'on-close': 'automatic, on closing',
  'pre-migration': 'before an upgrade',
  'pre-restore': 'before a restore',
} as const

/** "Last restore test: passed on …", or when it failed, when one last passed. */
function LastRestoreTest({
  last,
  lastPassed,
}: {
  last: RestoreDrill | null
  lastPassed: RestoreDrill | null
}) {
  return (
    <Text data-testid="restore-test-status">
      <strong>Last restore test:</strong>{' '}
      {!last
        ? 'none yet. Test a restore to be sure a backup can be used when it is needed.'
        : last.result === 'passed'
          ? `passed on ${formatDateTime(last.at)}.`
          : `failed on ${formatDateTime(last.at)}. ${
              lastPassed
                ? `The last one that passed was on ${formatDateTime(lastPassed.at)}.`
                : 'None has passed yet.'
            }`}
    </Text>
  )
}

/**
 * The last good backup, a warning in words when one is overdue (a week, or never), and when a
 * restore was last tested.
 */
export function BackupStatusView() {
  const status = useBackupStatus()
  const last = status.data?.lastGood
  return (
    <>
      {status.data?.isOverdue && (
        <Alert color="red" variant="light" title="Warning: a backup is overdue" role="alert">
          {status.data.message}
        </Alert>
      )}
      {status.isError && (
        <FormError message={messageOf(status.error)} title="Backup status unknown" />
      )}
      {status.isPending && <Text>Loading the backup status…</Text>}
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
      {status.data && (
        <LastRestoreTest last={status.data.lastDrill} lastPassed={status.data.lastPassedDrill} />
      )}
    </>
  )
}
