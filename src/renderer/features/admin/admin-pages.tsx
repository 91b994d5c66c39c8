import type { ReactNode } from 'react'
import type { Permission } from '../../../shared/policy'
import { AboutPage } from '../about/AboutPage'
import { BackupsPage } from '../settings/BackupsPage'
import { SettingsPage } from '../settings/SettingsPage'
import { UsersPage } from '../users/UsersPage'
import { AuditPage } from './AuditPage'
import { DataFilePage } from './DataFilePage'

export interface AdminPage {
  /** Under #/admin/. */
  readonly path: string
  readonly label: string
  readonly element: ReactNode
  /** Who may open it (everyone who may open Admin when absent); the backend checks anyway. */
  readonly permission?: Permission
  /** Not listed for roles with this permission, who do the same elsewhere (they may still open it). */
  readonly notListedFor?: Permission
}

/** The Admin pages, in order, each for the roles whose calls it makes. */
export const ADMIN_PAGES: readonly AdminPage[] = [
  { path: 'users', label: 'Users', element: <UsersPage />, permission: 'users.manage' },
  { path: 'settings', label: 'Settings', element: <SettingsPage />, permission: 'settings.manage' },
  {
    path: 'backups',
    label: 'Backups',
    element: <BackupsPage />,
    permission: 'backup.make',
    // Administrators make and restore backups on Settings, beside choosing the backup folder.
    notListedFor: 'settings.manage',
  },
  { path: 'audit', label: 'Audit log', element: <AuditPage />, permission: 'audit.read' },
  {
    path: 'data-file',
    label: 'Data file',
    element: <DataFilePage />,
    permission: 'dataFile.manage',
  },
  { path: 'about', label: 'About', element: <AboutPage /> },
]
