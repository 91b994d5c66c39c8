import { Button, Text } from '@mantine/core'
import { useState } from 'react'
import { RoleLabels } from '../../../shared/roles'
import { useSession } from '../../app/use-session'
import { CentredCard } from '../../components/CentredCard'
import { FormError } from '../../components/FormError'
import { callApi, messageOf } from '../../lib/api-client'
import { RecoveryCodesStep } from './RecoveryCodesStep'
import { SecondFactorSetup } from './SecondFactorSetup'

/**
 * Shown instead of the app while the signed-in person's role requires two-step sign-in and they
 * have not set it up: the app, then the recovery codes once, then Casebook. Signing out is always
 * there.
 */
export function EnrolSecondFactorScreen() {
  const { session, setSession, refresh } = useSession()
  const [codes, setCodes] = useState<string[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const signOut = async () => {
    try {
      setSession(await callApi('auth.signOut', {}))
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const signOutButton = (
    <Button variant="subtle" onClick={() => void signOut()} className="cb-no-print">
      Sign out
    </Button>
  )
  const user = session.user
  const role = user ? RoleLabels[user.role].toLowerCase() : 'your role'
  return (
    <CentredCard
      title={codes ? 'Save your recovery codes' : 'Set up two-step sign-in'}
      width={680}
      intro={
        codes ? (
          <Text>Two-step sign-in is set up. One last thing before you carry on.</Text>
        ) : (
          <Text>
            Welcome, {user?.displayName}. Your organisation asks everyone with your role ({role}) to
            sign in in two steps: your password, then a code from an app on your phone. Someone who
            learns your password still cannot get in without your phone. It takes about two minutes.
          </Text>
        )
      }
    >
      {codes ? (
        <RecoveryCodesStep
          codes={codes}
          continueLabel="Carry on to Casebook"
          onDone={() => void refresh()}
          extraAction={signOutButton}
        />
      ) : (
        <SecondFactorSetup onConfirmed={setCodes} extraAction={signOutButton} />
      )}
      <FormError message={error} title="Could not sign out" />
    </CentredCard>
  )
}
