import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen'
import { LockScreen } from '../features/auth/LockScreen'
import { SignedOutScreen } from '../features/auth/SignedOutScreen'
import { SetupWizard } from '../features/setup/SetupWizard'
import { ActiveApp } from './ActiveApp'
import { useSession } from './use-session'
import { notify } from '../lib/notify'

/**
 * Decides what the window shows from the session: set-up on first run, sign-in, the lock screen,
 * the first-password screen, or the app. Locking unmounts the app, so nothing stays on screen.
 */
export function Gate() {
  const { session, refresh } = useSession()
  switch (session.state) {
    case 'needs-setup':
      return (
        <SetupWizard
          onFinished={() => {
            notify({
              title: 'Casebook is set up',
              message: 'Sign in with the username and password you chose.',
            })
            void refresh()
          }}
        />
      )
    case 'signed-out':
      return <SignedOutScreen />
    case 'locked':
      return <LockScreen />
    case 'active':
      return session.mustChangePassword ? <ChangePasswordScreen /> : <ActiveApp />
  }
}
