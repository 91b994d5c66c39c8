import { Alert, Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { KeyringRepair } from '../../../shared/contract/db-routes'
import { useSession } from '../../app/use-session'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { TickIcon } from '../../components/icons'
import { callApi, messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'
import { useWarnBeforeLeaving } from '../../lib/use-warn-before-leaving'
import { RecoveryKeyStep } from '../setup/RecoveryKeyStep'
import { adminKeys } from './admin-keys'

function RepairDone({ repair }: { repair: KeyringRepair }) {
  const { refresh } = useSession()
  const [isKeyKept, setIsKeyKept] = useState(false)
  const isKeyShown = repair.newRecoveryKey !== null && !isKeyKept
  useWarnBeforeLeaving(isKeyShown)
  return (
    <>
      <Alert
        color="green"
        variant="light"
        data-testid="keyring-repair-result"
        title={
          <span className="cb-icon-title">
            <TickIcon /> Keyring repaired
          </span>
        }
      >
        <List size="sm" spacing={2}>
          <List.Item>
            {repair.removedKeys === 0
              ? 'No key needed removing.'
              : `${plural(repair.removedKeys, 'key')} of logins that no longer exist or are disabled removed.`}
          </List.Item>
          {repair.recorded.length > 0 && (
            <List.Item>
              {repair.recorded.join(', ')} must choose a new password the next time they sign in.
            </List.Item>
          )}
          {repair.needPasswordReset.length > 0 && (
            <List.Item>
              {repair.needPasswordReset.join(', ')} had no key left: reset their password in{' '}
              <Anchor component={Link} to="/admin/users" inherit fw={600}>
                Admin › Users
              </Anchor>{' '}
              so they can sign in again.
            </List.Item>
          )}
          {repair.newRecoveryKey && (
            <List.Item>
              There was no recovery key, so a new one was made. The old one, if anyone kept it, no
              longer works.
            </List.Item>
          )}
        </List>
      </Alert>
      {repair.newRecoveryKey &&
        (isKeyShown ? (
          <RecoveryKeyStep
            recoveryKey={repair.newRecoveryKey}
            confirmLabel="I have kept the new recovery key"
            onConfirm={async (typed) => {
              await callApi('recoveryKey.confirm', { recoveryKey: typed })
              setIsKeyKept(true)
              // The reminder to keep the recovery key goes with it.
              await refresh()
            }}
          />
        ) : (
          <Text size="sm" data-testid="recovery-key-kept">
            The new recovery key is no longer shown.
          </Text>
        ))}
    </>
  )
}

/**
 * When the keyring (who holds the data key) does not agree with the staff list: what the repair
 * does, asked before it runs, and what it did, with a new recovery key shown once if one was made.
 */
export function RepairKeyring({ agrees }: { agrees: boolean }) {
  const queryClient = useQueryClient()
  const [isConfirming, setIsConfirming] = useState(false)
  const repair = useMutation({
    mutationFn: () => callApi('db.repairKeyring', {}),
    onSettled: () => queryClient.invalidateQueries({ queryKey: adminKeys.dataFileCheck() }),
  })
  if (agrees && !repair.data) return null
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="repair-keyring">
      <Stack gap="md">
        <Title order={2} size="h3" id="repair-keyring">
          Repair the keyring
        </Title>
        <Text>
          The keyring is the small file beside the data file that holds a sealed copy of the data
          key for each login and for the recovery key. If Casebook was stopped in the middle of a
          change to a login, it can fall out of step with the staff list.
        </Text>
        <Text>
          Repairing removes keys of logins that no longer exist or are disabled, keeps the right key
          for each login, and makes a new recovery key if there is none. Nobody’s records change.
        </Text>
        <FormError message={repair.isError ? messageOf(repair.error) : null} title="Not repaired" />
        {repair.data && <RepairDone repair={repair.data} />}
        {!agrees && (
          <Group justify="flex-end">
            <Button onClick={() => setIsConfirming(true)} loading={repair.isPending}>
              Repair the keyring…
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        isOpen={isConfirming}
        title="Repair the keyring now?"
        confirmLabel="Repair the keyring"
        onConfirm={() => {
          setIsConfirming(false)
          repair.reset()
          repair.mutate()
        }}
        onCancel={() => setIsConfirming(false)}
      >
        Keys of logins that no longer exist or are disabled are removed for good. If a new recovery
        key is made, it is shown once: have somewhere ready to keep it.
      </ConfirmDialog>
    </Paper>
  )
}
