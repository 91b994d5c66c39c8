import { comingNextSection } from '../../app/coming-next'
import type { Feature } from '../../app/feature-types'
import { comingNextTab } from '../people/coming-next-tab'

/** Managed accounts, not built yet: the Accounts section and the Money tab say what they will do. */
export const accountsFeature: Feature = {
  ...comingNextSection({
    path: '/accounts',
    label: 'Accounts',
    order: 3,
    summary: 'managed accounts for people whose direct payments you look after.',
    points: [
      'Import bank statements (CSV, OFX or Excel) with a preview first',
      'Match payments to the plan and flag anything unusual',
      'Reconcile each period and lock it',
    ],
  }),
  personTabs: [
    comingNextTab({
      path: 'money',
      label: 'Money',
      order: 7,
      points: [
        'The managed account for their direct payment, if you look after it',
        'Statements, payments and what is left of the budget',
        'Anything unusual flagged for the budget manager',
      ],
    }),
  ],
}
