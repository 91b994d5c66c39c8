import { useState } from 'react'
import { RecoverScreen } from './RecoverScreen'
import { SignInScreen } from './SignInScreen'

/** Signed out: the sign-in form, or the administrator's "forgotten password" form. */
export function SignedOutScreen() {
  const [isRecovering, setIsRecovering] = useState(false)
  const [recovered, setRecovered] = useState<string | null>(null)
  if (isRecovering) {
    return (
      <RecoverScreen
        onCancel={() => setIsRecovering(false)}
        onRecovered={(username) => {
          setRecovered(username)
          setIsRecovering(false)
        }}
      />
    )
  }
  return (
    <SignInScreen
      recoveredUsername={recovered}
      onForgotten={() => {
        setRecovered(null)
        setIsRecovering(true)
      }}
    />
  )
}
