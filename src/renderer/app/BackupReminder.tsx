import { Alert, Anchor } from '@mantine/core'
import { Link, useLocation } from 'react-router'
import { useBackupStatus } from '../features/settings/use-settings'
import { useCan } from './use-session'

/**
 * For everyone who can make a backup, on every page: a plain warning when no good backup has been
 * made for a week (or ever), linking to where they can make one (those who manage settings: the
 * backup settings; coordinators and finance: Backups). Small offices lose records to a dead disk
 * more often than to anything else.
 */
export function BackupReminder() {
  const status = useBackupStatus()
  const managesSettings = useCan('settings.manage')
  const location = useLocation()
  const [to, label] = managesSettings
    ? ['/admin/settings', 'Open backup settings']
    : ['/admin/backups', 'Make a backup now']
  if (!status.data?.isOverdue || location.pathname === to) return null
  // Only an administrator can choose the folder; others are told who can, not sent to a dead end.
  if (!managesSettings && status.data.folder === null) {
    return (
      <Alert color="yellow" variant="light" title="Warning: a backup is overdue" mb="lg" maw={860}>
        No backup folder has been chosen yet, so Casebook cannot make backups. Ask an administrator
        to choose one in Admin › Settings.
      </Alert>
    )
  }
  return (
    <Alert color="yellow" variant="light" title="Warning: a backup is overdue" mb="lg" maw={860}>
      {status.data.message}{' '}
      <Anchor component={Link} to={to} fw={600} inherit>
        {label}
      </Anchor>
    </Alert>
  )
}
