import { TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { Username } from '../../../shared/contract/auth-schemas'
import type { Role } from '../../../shared/roles'
import { FormDialog } from '../../components/FormDialog'
import { isApiError } from '../../lib/api-client'
import { showFormErrors, useSubmitWithErrors } from '../../lib/form-errors'
import { FirstPasswordField, RoleChoice } from './UserFields'
import { useUserMutation } from './use-users'
import { notify } from '../../lib/notify'

export function AddUserDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const add = useUserMutation('users.add')
  const form = useForm<{ username: string; displayName: string; role: Role; password: string }>({
    initialValues: { username: '', displayName: '', role: 'adviser', password: '' },
    validate: {
      username: (v) => {
        if (!v.trim()) return 'Choose a username, for example sam.jones.'
        const parsed = Username.safeParse(v)
        return parsed.success ? null : parsed.error.issues[0]!.message
      },
      displayName: (v) => (v.trim() ? null : 'Enter their full name.'),
      password: (v) => (v ? null : 'Give them a first password.'),
    },
  })

  const { submit, error, clearError } = useSubmitWithErrors(
    form,
    async (values) => {
      const user = await add.mutateAsync({
        ...values,
        username: values.username.trim(),
        displayName: values.displayName.trim(),
      })
      notify({
        title: 'User added',
        message: `${user.displayName} can now sign in as ${user.username}.`,
      })
      close()
    },
    (e) => {
      if (isApiError(e, 'USERS.EXISTS')) form.setFieldError('username', e.message)
      else if (isApiError(e, 'AUTH.WEAK_PASSWORD')) form.setFieldError('password', e.message)
      else return showFormErrors(form, e, ['username', 'displayName', 'role', 'password'])
      return null
    },
  )

  function close() {
    form.reset()
    clearError()
    onClose()
  }

  return (
    <FormDialog
      title="Add a user"
      size="lg"
      isOpen={isOpen}
      onClose={close}
      onSubmit={submit}
      error={error}
      errorTitle="User not added"
      submitLabel="Add user"
      isBusy={add.isPending}
    >
      <TextInput
        label="Full name"
        autoComplete="off"
        data-autofocus
        {...form.getInputProps('displayName')}
      />
      <TextInput
        label="Username"
        description="What they type to sign in: letters, digits, dots, dashes or underscores, no spaces. For example sam.jones"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        {...form.getInputProps('username')}
      />
      <RoleChoice form={form} />
      <FirstPasswordField
        form={form}
        id="add-user-password"
        userInputs={[form.values.username, form.values.displayName]}
      />
    </FormDialog>
  )
}
