import type { Feature } from '../../app/feature-types'
import { AboutPage } from './AboutPage'

/** About Casebook, from the user menu (and as an Admin page). */
export const aboutFeature: Feature = {
  routes: [{ path: '/about', element: <AboutPage /> }],
}
