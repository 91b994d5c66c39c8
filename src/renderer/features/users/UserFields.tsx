import { PasswordInput, Radio, Stack, Text } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { type Role, RoleDescriptions, RoleLabels, Roles } from '../../../shared/roles'
import { PasswordStrength } from '../auth/PasswordStrength'

/** Choice of role, each with what it allows in plain words. */
export function RoleChoice<V extends { role: Role }>({
  form,
  label = 'Role',
}: {
  form: UseFormReturnType<V>
  label?: string
}) {
  return (
    <Radio.Group label={label} {...form.getInputProps('role')}>
      <Stack gap="xs" mt="xs">
        {Roles.map((role) => (
          <Radio
            key={role}
            value={role}
            label={RoleLabels[role]}
            description={RoleDescriptions[role]}
          />
        ))}
      </Stack>
    </Radio.Group>
  )
}

/** A first password an administrator gives someone; they must change it when they sign in. */
export function FirstPasswordField<V extends { password: string }>({
  form,
  userInputs,
  id,
}: {
  form: UseFormReturnType<V>
  userInputs: readonly string[]
  id: string
}) {
  return (
    <Stack gap="xs">
      <PasswordInput
        label="First password"
        description="Give it to them in person. They choose their own the first time they sign in."
        autoComplete="new-password"
        aria-describedby={`${id}-strength`}
        {...form.getInputProps('password')}
      />
      <PasswordStrength
        id={`${id}-strength`}
        password={form.values.password}
        userInputs={userInputs}
      />
      <Text size="xs" c="dimmed">
        Strong passwords are required even for a first password, because it protects the records
        until it is changed.
      </Text>
    </Stack>
  )
}
