import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { TwoFactorStatus } from '../../../shared/contract/two-factor-routes'
import { FormError } from '../../components/FormError'
import { TickIcon, WarningIcon } from '../../components/icons'
import { messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'
import { notify } from '../../lib/notify'
import { authKeys } from './auth-keys'
import { RecoveryCodesStep } from './RecoveryCodesStep'
import { SecondFactorSetup } from './SecondFactorSetup'
import { useTwoFactorStatus } from './use-two-factor'

/** Fewer than this many recovery codes left is worth a warning. */
const FEW_CODES = 3

function StatusWords({ status }: { status: TwoFactorStatus }) {
  if (status.isEnrolled) {
    return (
      <Stack gap="xs" data-testid="two-step-status">
        <Text fw={600} className="cb-icon-title">
          <TickIcon /> On: you enter a code from your authenticator app each time you sign in.
        </Text>
        <Text size="sm">{plural(status.recoveryCodesLeft, 'recovery code')} of 10 left.</Text>
        {status.recoveryCodesLeft <= FEW_CODES && (
          <Alert color="yellow" variant="light" title="Warning: few recovery codes left">
            Ask an administrator to reset your two-step sign-in, then set it up again: you get ten
            new codes.
          </Alert>
        )}
        <Text size="sm">
          Lost or changed your phone? Ask an administrator to reset two-step sign-in; you then set
          it up again on the new phone.
        </Text>
      </Stack>
    )
  }
  return (
    <Stack gap="xs" data-testid="two-step-status">
      <Text fw={600} className="cb-icon-title">
        <WarningIcon /> Off: you sign in with your password alone.
      </Text>
      <Text size="sm">
        {status.isRequired
          ? 'Your role requires it: set it up now.'
          : 'Your role does not require it, but it makes your login safer: someone who learns your password still cannot sign in without your phone.'}
      </Text>
    </Stack>
  )
}

/** "Your account" → Two-step sign-in: whether it is on, and setting it up when it is not. */
export function TwoStepSection() {
  const queryClient = useQueryClient()
  const status = useTwoFactorStatus()
  const [phase, setPhase] = useState<'shown' | 'setting-up' | readonly string[]>('shown')
  const finish = async () => {
    setPhase('shown')
    await queryClient.invalidateQueries({ queryKey: authKeys.twoFactorStatus() })
    notify({
      title: 'Two-step sign-in is on',
      message: 'From now on, enter a code from your authenticator app when you sign in.',
    })
  }
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-two-step">
      <Stack gap="md">
        <Title order={2} size="h3" id="account-two-step">
          Two-step sign-in
        </Title>
        {status.isPending && <Text>Loading…</Text>}
        {status.isError && (
          <FormError message={messageOf(status.error)} title="Could not load the status" />
        )}
        {status.data && phase === 'shown' && (
          <>
            <StatusWords status={status.data} />
            {!status.data.isEnrolled && (
              <Group>
                <Button onClick={() => setPhase('setting-up')}>Set up two-step sign-in</Button>
              </Group>
            )}
          </>
        )}
        {phase === 'setting-up' && (
          <SecondFactorSetup
            onConfirmed={setPhase}
            extraAction={
              <Button variant="default" onClick={() => setPhase('shown')}>
                Cancel
              </Button>
            }
          />
        )}
        {typeof phase === 'object' && (
          <RecoveryCodesStep codes={phase} continueLabel="Done" onDone={() => void finish()} />
        )}
      </Stack>
    </Paper>
  )
}
