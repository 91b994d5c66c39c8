import { Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import type { UserSummary } from '../../../shared/contract/users-routes'
import { type Role, RoleLabels } from '../../../shared/roles'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormDialog } from '../../components/FormDialog'
import { isApiError, messageOf } from '../../lib/api-client'
import { useSubmitWithErrors } from '../../lib/form-errors'
import { FirstPasswordField, RoleChoice } from './UserFields'
import { useSettings } from '../settings/use-settings'
import { useUserMutation } from './use-users'
import { notify } from '../../lib/notify'

export type UserAction = 'role' | 'reset' | 'enable' | 'disable' | 'resetSecondFactor'

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
    case 'resetSecondFactor':
      return <ResetSecondFactorDialog user={user} onClose={onClose} />
  }
}

function RoleDialog({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const setRole = useUserMutation('users.setRole')
  const form = useForm<{ role: Role }>({ initialValues: { role: user.role } })
  const { submit, error } = useSubmitWithErrors(
    form,
    async ({ role }) => {
      if (role !== user.role) {
        await setRole.mutateAsync({ username: user.username, role })
        notify({
          title: 'Role changed',
          message: `${user.displayName} is now: ${RoleLabels[role]}.`,
        })
      }
      onClose()
    },
    messageOf,
  )
  return (
    <FormDialog
      title={`Change ${user.displayName}’s role`}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle="Role not changed"
      submitLabel="Change role"
      isBusy={setRole.isPending}
    >
      <RoleChoice form={form} label="New role" />
      <Text size="sm">
        The change takes effect at once: if {user.displayName} is signed in, they are signed out.
      </Text>
    </FormDialog>
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
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v ? null : 'Give them a new first password.') },
  })
  const { submit, error } = useSubmitWithErrors(
    form,
    async ({ password }) => {
      await mutation.mutateAsync({ username: user.username, password })
      notify({
        title: mode === 'reset' ? 'Password reset' : 'Login enabled',
        message: `Give ${user.displayName} their new first password in person.`,
      })
      onClose()
    },
    (e) => {
      if (!isApiError(e, 'AUTH.WEAK_PASSWORD')) return messageOf(e)
      form.setFieldError('password', e.message)
      return null
    },
  )
  const isReset = mode === 'reset'
  return (
    <FormDialog
      title={
        isReset ? `Reset ${user.displayName}’s password` : `Enable ${user.displayName}’s login`
      }
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      errorTitle={isReset ? 'Password not reset' : 'Login not enabled'}
      submitLabel={isReset ? 'Reset password' : 'Enable login'}
      submitColor={isReset ? 'red' : undefined}
      isBusy={mutation.isPending}
      focusCancel
    >
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
    </FormDialog>
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

/** For a lost or changed phone: their authenticator app and recovery codes stop working. */
function ResetSecondFactorDialog({ user, onClose }: { user: UserSummary; onClose(): void }) {
  const reset = useUserMutation('users.resetSecondFactor')
  const settings = useSettings()
  const [error, setError] = useState<string | null>(null)
  const isRequired = settings.data?.secondFactorRoles.includes(user.role) ?? true
  const confirm = async () => {
    setError(null)
    try {
      await reset.mutateAsync({ username: user.username })
      notify({
        title: 'Two-step sign-in reset',
        message: isRequired
          ? `${user.displayName} sets it up again the next time they sign in.`
          : `${user.displayName} can sign in with their password alone until they set it up again.`,
      })
      onClose()
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <ConfirmDialog
      isOpen
      title={`Reset ${user.displayName}’s two-step sign-in?`}
      confirmLabel="Reset two-step sign-in"
      isBusy={reset.isPending}
      error={error}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <Text>
        Use this when {user.displayName} has lost or changed their phone. The authenticator app they
        set up and their recovery codes stop working now, and they are signed out.
      </Text>
      <Text>
        {isRequired
          ? `Their role requires two-step sign-in, so they set it up again, on their new phone, the next time they sign in.`
          : `Their role does not require two-step sign-in: they sign in with their password alone until they set it up again from Your account.`}
      </Text>
    </ConfirmDialog>
  )
}
