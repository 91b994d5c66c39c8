import { Alert, Anchor } from '@mantine/core'
import { Link, useLocation } from 'react-router'
import { useBackupStatus } from '../features/settings/use-settings'

/**
 * For administrators, on every page: a plain warning when no good backup has been made for a
 * week (or ever). Small offices lose records to a dead disk more often than to anything else.
 */
export function BackupReminder() {
  const status = useBackupStatus()
  const location = useLocation()
  if (!status.data?.isOverdue || location.pathname === '/admin/settings') return null
  return (
    <Alert color="yellow" variant="light" title="Warning: backups need attention" mb="lg" maw={860}>
      {status.data.message}{' '}
      <Anchor component={Link} to="/admin/settings" fw={600} inherit>
        Open backup settings
      </Anchor>
    </Alert>
  )
}
