import type { RouteObject } from 'react-router'
import type { Feature, PersonTab } from '../../app/feature-types'
import { AddPersonPage } from './AddPersonPage'
import { CircleTab } from './CircleTab'
import { ConsentsTab } from './ConsentsTab'
import { EditPersonPage } from './EditPersonPage'
import { NotesTab } from './NotesTab'
import { PeoplePage } from './PeoplePage'
import { PersonDetailsTab } from './PersonDetailsTab'
import { PersonLayout } from './PersonLayout'
import { ProfileTab } from './ProfileTab'

/** People: the list, adding someone, and the first tabs of a person's page. */
export const peopleFeature: Feature = {
  nav: { path: '/people', label: 'People', order: 1 },
  routes: [
    { path: '/people', element: <PeoplePage /> },
    { path: '/people/new', element: <AddPersonPage /> },
  ],
  personTabs: [
    {
      path: '',
      label: 'Details',
      order: 1,
      element: <PersonDetailsTab />,
      pages: [{ path: 'edit', element: <EditPersonPage /> }],
    },
    { path: 'profile', label: 'Profile', order: 2, element: <ProfileTab /> },
    { path: 'circle', label: 'Circle of support', order: 3, element: <CircleTab /> },
    { path: 'consents', label: 'Consents & sharing', order: 4, element: <ConsentsTab /> },
    { path: 'notes', label: 'Notes', order: 5, element: <NotesTab /> },
  ],
}

/** A person's page (#/people/C-000123/…) holding every feature's tabs, in their order. */
export function personPage(tabs: readonly PersonTab[]): RouteObject {
  return {
    path: '/people/:ref',
    element: <PersonLayout tabs={tabs} />,
    children: tabs.flatMap((tab) => [
      tab.path ? { path: tab.path, element: tab.element } : { index: true, element: tab.element },
      ...(tab.pages ?? []),
    ]),
  }
}
