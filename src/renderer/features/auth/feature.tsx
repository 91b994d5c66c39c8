import type { Feature } from '../../app/feature-types'
import { AccountPage } from './AccountPage'
import { ChangeOwnPasswordPage } from './ChangeOwnPasswordPage'

/**
 * The signed-in person's own account (from the user menu): two-step sign-in and changing their
 * password. Signing in, unlocking and what must be done first come before the app.
 */
export const authFeature: Feature = {
  routes: [
    { path: '/account', element: <AccountPage /> },
    { path: '/account/password', element: <ChangeOwnPasswordPage /> },
  ],
}
