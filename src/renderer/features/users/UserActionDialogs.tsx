import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { UserSummary } from '../../../shared/contract/admin-routes'
import { type Role, RoleLabels } from '../../../shared/roles'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { isApiError, messageOf } from '../../lib/api-client'
import { FirstPasswordField, RoleChoice } from './UserFields'
import { useUserMutation } from './use-users'
import { notify } from '../../lib/notify'

export type UserAction = 'role' | 'reset' | 'enable' | 'disable'

/** The dialog for one action on one login; each says what will happen before it happens. */
export function UserActionDialog({
  action,
  user,
  onClose,
}: {
  action: UserAction
  user: UserSummary
  onClose(): void
}) {
  switch (action) {
    case 'role':
      return <RoleDialog user={user} onClose={onClose} />
    case 'reset':
      return <PasswordDialog user={user} mode="reset" onClose={onClose} />
    case 'enable':
      return <PasswordDialog user={user} mode="enable" onClose={onClose} />
    case 'disable':
      return <DisableDialog user={user} onClose={onClose} />
  }
}

function RoleDialog({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const setRole = useUserMutation('users.setRole')
  const [error, setError] = useState<string | null>(null)
  const form = useForm<{ role: Role }>({ initialValues: { role: user.role } })
  const submit = form.onSubmit(async ({ role }) => {
    if (role === user.role) {
      onClose()
      return
    }
    setError(null)
    try {
      await setRole.mutateAsync({ username: user.username, role })
      notify({
        title: 'Role changed',
        message: `${user.displayName} is now: ${RoleLabels[role]}.`,
      })
      onClose()
    } catch (e) {
      setError(messageOf(e))
    }
  })
  return (
    <Modal opened onClose={onClose} title={`Change ${user.displayName}’s role`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <RoleChoice form={form} label="New role" />
          <Text size="sm">
            The change takes effect at once: if {user.displayName} is signed in, they are signed
            out.
          </Text>
          <FormError message={error} title="Role not changed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={setRole.isPending}>
              Change role
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function PasswordDialog({
  user,
  mode,
  onClose,
}: {
  user: UserSummary
  mode: 'reset' | 'enable'
  onClose(): void
}) {
  const reset = useUserMutation('users.resetPassword')
  const enable = useUserMutation('users.enable')
  const mutation = mode === 'reset' ? reset : enable
  const [error, setError] = useState<string | null>(null)
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Give them a new first password.') },
  })
  const submit = form.onSubmit(async ({ password }) => {
    setError(null)
    try {
      await mutation.mutateAsync({ username: user.username, password })
      notify({
        title: mode === 'reset' ? 'Password reset' : 'Login enabled',
        message: `Give ${user.displayName} their new first password in person.`,
      })
      onClose()
    } catch (e) {
      if (isApiError(e, 'AUTH.WEAK_PASSWORD')) form.setFieldError('password', e.message)
      else setError(messageOf(e))
    }
  })
  const isReset = mode === 'reset'
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        isReset ? `Reset ${user.displayName}’s password` : `Enable ${user.displayName}’s login`
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text>
            {isReset
              ? `${user.displayName} will be signed out, and must choose a new password the next time they sign in. Their old password stops working now.`
              : `${user.displayName} will be able to sign in again with this first password, and must then choose their own.`}
          </Text>
          <FirstPasswordField
            form={form}
            id={`${mode}-password`}
            userInputs={[user.username, user.displayName]}
          />
          <FormError message={error} title={isReset ? 'Password not reset' : 'Login not enabled'} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" color={isReset ? 'red' : undefined} loading={mutation.isPending}>
              {isReset ? 'Reset password' : 'Enable login'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

function DisableDialog({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const disable = useUserMutation('users.disable')
  const [error, setError] = useState<string | null>(null)
  const confirm = async () => {
    setError(null)
    try {
      await disable.mutateAsync({ username: user.username })
      notify({
        title: 'Login disabled',
        message: `${user.displayName} can no longer sign in.`,
      })
      onClose()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <ConfirmDialog
      isOpen
      title={`Disable ${user.displayName}’s login?`}
      confirmLabel="Disable login"
      isBusy={disable.isPending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      {`${user.displayName} will be signed out straight away and cannot sign in until an administrator enables the login again. Everything they recorded is kept.`}
    </ConfirmDialog>
  )
}
