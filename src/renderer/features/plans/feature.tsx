import type { Feature } from '../../app/feature-types'
import { PlanPage } from './PlanPage'
import { PlansPage } from './PlansPage'
import { PlansTab } from './PlansTab'

/** Support plans: the overview of plans needing attention, and each person's plans. */
export const plansFeature: Feature = {
  nav: { path: '/plans', label: 'Plans', order: 2 },
  routes: [{ path: '/plans', element: <PlansPage /> }],
  personTabs: [
    {
      path: 'plans',
      label: 'Plans',
      order: 6,
      element: <PlansTab />,
      pages: [{ path: 'plans/:planId', element: <PlanPage /> }],
    },
  ],
}
