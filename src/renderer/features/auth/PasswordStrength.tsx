import { List, Progress, Stack, Text } from '@mantine/core'
import { messageOf } from '../../lib/api-client'
import { usePasswordStrength } from './use-password-strength'

const WORDS = ['Very weak', 'Weak', 'Fair', 'Strong', 'Very strong'] as const
const COLOURS = ['red', 'red', 'yellow', 'green', 'green'] as const

/**
 * A live strength meter under a new-password field. The words carry the meaning; the bar's colour
 * only repeats them.
 */
export function PasswordStrength({
  password,
  userInputs,
  id,
}: {
  password: string
  userInputs: readonly string[]
  id?: string
}) {
  const { data, isFetching, error } = usePasswordStrength(password, userInputs)
  const strength = password && data ? data : null
  const score = strength?.score ?? 0
  return (
    <Stack gap={4} id={id} data-testid="password-strength">
      <Progress
        value={strength ? (score + 1) * 20 : 0}
        color={COLOURS[score]}
        size="sm"
        aria-hidden="true"
      />
      <div aria-live="polite" aria-atomic="true">
        {!password ? (
          <Text size="sm" c="dimmed">
            Use at least 10 characters. A few unrelated words with a number is strong and easy to
            remember.
          </Text>
        ) : !strength ? (
          <Text size="sm" c="dimmed">
            {error ? `The strength could not be checked: ${messageOf(error)}` : 'Checking…'}
          </Text>
        ) : (
          <Stack gap={2} aria-busy={isFetching || undefined}>
            <Text size="sm" fw={600}>
              Strength: {WORDS[score]}.{' '}
              {strength.isAcceptable ? 'Strong enough to use.' : 'Not strong enough yet.'}
            </Text>
            {strength.reason && <Text size="sm">{strength.reason}</Text>}
            {strength.suggestions.length > 0 && (
              <List size="sm" spacing={0}>
                {strength.suggestions.map((s) => (
                  <List.Item key={s}>{s}</List.Item>
                ))}
              </List>
            )}
          </Stack>
        )}
      </div>
    </Stack>
  )
}
