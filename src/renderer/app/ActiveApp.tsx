import { useState } from 'react'
import { Navigate, RouterProvider, createHashRouter } from 'react-router'
import { AboutPage } from '../features/about/AboutPage'
import { AdminIndex, AdminLayout } from '../features/admin/AdminLayout'
import { AuditPage } from '../features/admin/AuditPage'
import { DataFilePage } from '../features/admin/DataFilePage'
import { ChangeOwnPasswordPage } from '../features/auth/ChangeOwnPasswordPage'
import { BackupsPage } from '../features/settings/BackupsPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { UsersPage } from '../features/users/UsersPage'
import { personRoutes } from '../features/people/person-routes'
import { ComingNextPage } from './ComingNextPage'
import { NotFoundPage } from './NoAccessPage'
import { SECTIONS } from './sections'
import { Shell } from './Shell'

/** The routes of the signed-in app, in a hash router (the app is served from files). */
function createRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/people" replace /> },
        ...SECTIONS.filter((s) => s.comingNext).map((section) => ({
          path: section.path,
          element: <ComingNextPage section={section} />,
        })),
        {
          path: '/admin',
          element: <AdminLayout />,
          children: [
            { index: true, element: <AdminIndex /> },
            { path: 'users', element: <UsersPage /> },
            { path: 'settings', element: <SettingsPage /> },
            { path: 'backups', element: <BackupsPage /> },
            { path: 'audit', element: <AuditPage /> },
            { path: 'data-file', element: <DataFilePage /> },
            { path: 'about', element: <AboutPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
        ...personRoutes,
        { path: '/about', element: <AboutPage /> },
        { path: '/account/password', element: <ChangeOwnPasswordPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ])
}

export function ActiveApp() {
  // A fresh router each time the app is unlocked: it starts from the address in the window.
  const [router] = useState(createRouter)
  return <RouterProvider router={router} />
}
