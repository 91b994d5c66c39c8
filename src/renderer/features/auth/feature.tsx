import type { Feature } from '../../app/feature-types'
import { ChangeOwnPasswordPage } from './ChangeOwnPasswordPage'

/** Changing one's own password, from the user menu. Signing in and unlocking come before the app. */
export const authFeature: Feature = {
  routes: [{ path: '/account/password', element: <ChangeOwnPasswordPage /> }],
}
