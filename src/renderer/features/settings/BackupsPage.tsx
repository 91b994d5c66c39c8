import { Divider, Paper, Stack, Text } from '@mantine/core'
import { PageHeader } from '../../components/PageHeader'
import { BackupNow } from './BackupNow'
import { BackupStatusView } from './BackupStatusView'
import { TestRestore } from './TestRestore'
import { useBackupStatus } from './use-settings'

/**
 * For coordinators and finance staff (who may make backups but not change settings): when the last
 * good backup was made, a warning when one is overdue, "Back up now" and "Test a restore".
 */
export function BackupsPage() {
  const status = useBackupStatus()
  const folder = status.data?.folder ?? null
  return (
    <>
      <PageHeader
        title="Backups"
        windowTitle="Backups · Admin"
        description="Make a backup now, test that one restores, and see when the last good one was made."
      />
      <Paper withBorder p="lg" maw={860}>
        <Stack gap="md">
          <BackupStatusView />
          {status.data && (
            <Text data-testid="backup-folder">
              {folder ? (
                <>
                  Backups are saved to <span className="cb-break">{folder}</span>. Casebook also
                  backs up there daily and when it closes.
                </>
              ) : (
                'No backup folder has been chosen yet. An administrator chooses it in Admin → Settings.'
              )}
            </Text>
          )}
          <BackupNow
            hasFolder={Boolean(folder)}
            noFolderHint="Ask an administrator to choose a backup folder first."
          />
          <Divider />
          <TestRestore headingOrder={2} />
        </Stack>
      </Paper>
    </>
  )
}
