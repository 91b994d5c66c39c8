import type { Feature } from '../../app/feature-types'
import { NotFoundPage } from '../../app/NoAccessPage'
import { ADMIN_PAGES } from './admin-pages'
import { AdminIndex, AdminLayout } from './AdminLayout'

/** Admin: logins, settings, backups, the audit log, the data file and About, as each role allows. */
export const adminFeature: Feature = {
  nav: { path: '/admin', label: 'Admin', order: 6, permission: 'admin.open' },
  routes: [
    {
      path: '/admin',
      element: <AdminLayout />,
      children: [
        { index: true, element: <AdminIndex /> },
        ...ADMIN_PAGES.map((page) => ({ path: page.path, element: page.element })),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
}
