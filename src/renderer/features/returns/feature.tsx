import { comingNextSection } from '../../app/coming-next'
import type { Feature } from '../../app/feature-types'

/** Council returns, not built yet: the Returns section says what it will do. */
export const returnsFeature: Feature = comingNextSection({
  path: '/returns',
  label: 'Returns',
  order: 5,
  summary: 'council returns built from your records.',
  points: [
    'Client Level Data (CLD) returns for each council',
    'Checks that explain any problem before you send it',
    'Exports in the format the council asks for',
  ],
})
