import { comingNextSection } from '../../app/coming-next'
import type { Feature } from '../../app/feature-types'
import { comingNextTab } from '../people/coming-next-tab'

/** Reviews, not built yet: the Reviews section and the Reviews tab say what they will do. */
export const reviewsFeature: Feature = {
  ...comingNextSection({
    path: '/reviews',
    label: 'Reviews',
    order: 4,
    summary: 'reviews on time, with nothing forgotten.',
    points: [
      'First review 6 to 8 weeks after a plan starts, then yearly',
      'Who is due or overdue, at a glance',
      'Review notes and changes carried into the next plan',
    ],
  }),
  personTabs: [
    comingNextTab({
      path: 'reviews',
      label: 'Reviews',
      order: 8,
      points: [
        'When their first, yearly and direct-payment reviews are due',
        'Review notes: what is working and what is not, in their words',
        'Changes carried into the next version of their plan',
      ],
    }),
  ],
}
