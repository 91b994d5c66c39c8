import { Button } from '@mantine/core'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { callApi } from '../../lib/api-client'
import { ChangePasswordForm } from './ChangePasswordForm'

/** Shown instead of the app while the signed-in person still has a first password. */
export function ChangePasswordScreen() {
  const { session, setSession, refresh } = useSession()
  const signOut = async () => setSession(await callApi('auth.signOut', {}))
  return (
    <CentredCard
      title="Choose your own password"
      intro={`Welcome, ${session.user?.displayName ?? ''}. Your administrator gave you a first password: choose your own before you carry on. Only you will know it.`}
      width={520}
    >
      <ChangePasswordForm
        submitLabel="Change password and carry on"
        onChanged={refresh}
        extraAction={
          <Button variant="subtle" onClick={() => void signOut()}>
            Sign out
          </Button>
        }
      />
    </CentredCard>
  )
}
