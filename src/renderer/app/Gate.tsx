import { notifications } from '@mantine/notifications'
import { useEffect, useRef } from 'react'
import { ChangePasswordScreen } from '../features/auth/ChangePasswordScreen'
import { EnrolSecondFactorScreen } from '../features/auth/EnrolSecondFactorScreen'
import { LockScreen } from '../features/auth/LockScreen'
import { SignedOutScreen } from '../features/auth/SignedOutScreen'
import { SetupWizard } from '../features/setup/SetupWizard'
import { ActiveApp } from './ActiveApp'
import { useSession } from './use-session'
import { noteSessionForDrafts } from '../lib/kept-drafts'
import { notify } from '../lib/notify'

/**
 * Decides what the window shows from the session: set-up on first run (and its last step until the
 * recovery key is typed back), sign-in, the lock screen, the first-password screen, setting up
 * two-step sign-in, or the app. Locking unmounts the app, so nothing stays on screen; what was being
 * typed is kept in memory for the same person's unlock (lib/kept-drafts).
 */
export function Gate() {
  const { session, refresh } = useSession()
  noteSessionForDrafts(session.state, session.user?.username ?? null)
  // Messages like "Note saved: Call about money" must not stay over the lock or sign-in screen.
  const wasActive = useRef(false)
  useEffect(() => {
    if (wasActive.current && session.state !== 'active') notifications.clean()
    wasActive.current = session.state === 'active'
  }, [session.state])
  switch (session.state) {
    case 'needs-setup':
    case 'signed-out':
      // Set-up's last step outlives a reload: the data file exists, but its recovery key is still
      // to be typed back.
      if (session.state === 'signed-out' && !session.hasPendingRecoveryKey) {
        return <SignedOutScreen />
      }
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
    case 'locked':
      return <LockScreen />
    case 'active':
      // A first password is replaced before two-step sign-in is set up, when both are due.
      if (session.mustChangePassword) return <ChangePasswordScreen />
      if (session.mustEnrolSecondFactor) return <EnrolSecondFactorScreen />
      return <ActiveApp />
  }
}
