import type { RouteObject } from 'react-router'
import { ImportPage } from '../imports/ImportPage'
import { PlanPage } from '../plans/PlanPage'
import { PlansPage } from '../plans/PlansPage'
import { PlansTab } from '../plans/PlansTab'
import { AddPersonPage } from './AddPersonPage'
import { CircleTab } from './CircleTab'
import { MoneyTab, ReviewsTab } from './ComingTabs'
import { ConsentsTab } from './ConsentsTab'
import { NotesTab } from './NotesTab'
import { ProfileTab } from './ProfileTab'
import { EditPersonPage } from './EditPersonPage'
import { PeoplePage } from './PeoplePage'
import { PersonDetailsTab } from './PersonDetailsTab'
import { PersonLayout } from './PersonLayout'

/** People (the list, adding, importing, each person's page with its tabs) and Plans. */
export const personRoutes: RouteObject[] = [
  { path: '/people', element: <PeoplePage /> },
  { path: '/plans', element: <PlansPage /> },
  { path: '/people/new', element: <AddPersonPage /> },
  { path: '/people/import', element: <ImportPage /> },
  {
    path: '/people/:ref',
    element: <PersonLayout />,
    children: [
      { index: true, element: <PersonDetailsTab /> },
      { path: 'edit', element: <EditPersonPage /> },
      { path: 'profile', element: <ProfileTab /> },
      { path: 'circle', element: <CircleTab /> },
      { path: 'consents', element: <ConsentsTab /> },
      { path: 'notes', element: <NotesTab /> },
      { path: 'plans', element: <PlansTab /> },
      { path: 'plans/:planId', element: <PlanPage /> },
      { path: 'money', element: <MoneyTab /> },
      { path: 'reviews', element: <ReviewsTab /> },
    ],
  },
]
