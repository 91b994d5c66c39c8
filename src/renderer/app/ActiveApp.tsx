import { useState } from 'react'
import { Navigate, RouterProvider, createHashRouter } from 'react-router'
import { PAGES } from './features'
import { NotFoundPage } from './NoAccessPage'
import { Shell } from './Shell'

/** The routes of the signed-in app, in a hash router (the app is served from files). */
function createRouter() {
  return createHashRouter([
    {
      element: <Shell />,
      children: [
        { index: true, element: <Navigate to="/people" replace /> },
        ...PAGES,
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
