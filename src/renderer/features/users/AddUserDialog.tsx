import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { Username } from '../../../shared/contract/auth-routes'
import type { Role } from '../../../shared/roles'
import { FormError } from '../../components/FormError'
import { isApiError } from '../../lib/api-client'
import { showFormErrors } from '../../lib/form-errors'
import { FirstPasswordField, RoleChoice } from './UserFields'
import { useUserMutation } from './use-users'
import { notify } from '../../lib/notify'

export function AddUserDialog({ isOpen, onClose }: { isOpen: boolean; onClose(): void }) {
  const add = useUserMutation('users.add')
  const [error, setError] = useState<string | null>(null)
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

  const close = () => {
    form.reset()
    setError(null)
    onClose()
  }

  const submit = form.onSubmit(async (values) => {
    setError(null)
    try {
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
    } catch (e) {
      if (isApiError(e, 'USERS.EXISTS')) form.setFieldError('username', e.message)
      else if (isApiError(e, 'AUTH.WEAK_PASSWORD')) form.setFieldError('password', e.message)
      else setError(showFormErrors(form, e, ['username', 'displayName', 'role', 'password']))
    }
  })

  return (
    <Modal opened={isOpen} onClose={close} title="Add a user" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label="Full name"
            autoComplete="off"
            data-autofocus
            {...form.getInputProps('displayName')}
          />
          <TextInput
            label="Username"
            description="What they type to sign in: lower-case letters, digits, dots or dashes."
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
          <FormError message={error} title="User not added" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={add.isPending}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
