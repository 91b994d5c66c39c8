import type { RouteObject } from 'react-router'
import { AddPersonPage } from './AddPersonPage'
import { EditPersonPage } from './EditPersonPage'
import { PeoplePage } from './PeoplePage'
import { PersonDetailsTab } from './PersonDetailsTab'
import { PersonLayout } from './PersonLayout'

/** People: the list, adding, importing, and each person's page with its tabs. */
export const personRoutes: RouteObject[] = [
  { path: '/people', element: <PeoplePage /> },
  { path: '/people/new', element: <AddPersonPage /> },
  {
    path: '/people/:ref',
    element: <PersonLayout />,
    children: [
      { index: true, element: <PersonDetailsTab /> },
      { path: 'edit', element: <EditPersonPage /> },
    ],
  },
]
