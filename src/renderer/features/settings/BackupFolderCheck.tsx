import { Alert, Text } from '@mantine/core'
import type { Settings } from '../../../shared/contract/organisation-schemas'
import { WarningIcon } from '../../components/icons'
import { formatBytes } from '../../lib/format'

/**
 * What Casebook thinks of the saved backup folder now: why it cannot be used (a USB drive taken out,
 * no right to write there), or why it is risky (beside the data, on the same drive), and the free
 * space there. Checked when the settings are read, so it stays true after the folder was chosen.
 */
export function BackupFolderCheck({
  check,
}: {
  check: NonNullable<Settings['backupFolderCheck']>
}) {
  return (
    <div data-testid="backup-folder-check" aria-live="polite">
      {check.problem && (
        <Alert
          color="red"
          variant="light"
          title={
            <span className="cb-icon-title">
              <WarningIcon /> This backup folder cannot be used now
            </span>
          }
        >
          {check.problem}
        </Alert>
      )}
      {check.warning && (
        <Alert
          color="yellow"
          variant="light"
          title={
            <span className="cb-icon-title">
              <WarningIcon /> Warning: backups here could be lost with the data
            </span>
          }
        >
          {check.warning}
        </Alert>
      )}
      {!check.problem && (
        <Text size="sm" mt={check.warning ? 'xs' : 0} data-testid="backup-folder-free">
          {check.freeBytes === null
            ? 'Free space there: the drive does not say.'
            : `Free space there: ${formatBytes(check.freeBytes)}.`}
        </Text>
      )}
    </div>
  )
}
