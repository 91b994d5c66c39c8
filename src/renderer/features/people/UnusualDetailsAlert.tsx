import { Alert, Button, Group, List, Stack } from '@mantine/core'
import { useEffect, useRef } from 'react'
import type { UnusualDetail } from '../../../shared/validation/unusual-details'
import { isApiError } from '../../lib/api-client'

/** The unusual details a refused save named (CLIENTS.UNUSUAL_DETAILS), or null for another refusal. */
export function unusualDetailsOf(error: unknown): UnusualDetail[] | null {
  if (!isApiError(error, 'CLIENTS.UNUSUAL_DETAILS')) return null
  const unusual = error.details?.unusual
  return Array.isArray(unusual) ? (unusual as UnusualDetail[]) : []
}

/**
 * Asks whether unusual details (a birth before 1900, an emoji in a legal name) are right: nothing
 * is refused, the user saves them as typed or changes them.
 */
export function UnusualDetailsAlert({
  unusual,
  isBusy,
  onConfirm,
}: {
  unusual: readonly UnusualDetail[]
  isBusy: boolean
  onConfirm(): void
}) {
  const alert = useRef<HTMLDivElement>(null)
  useEffect(() => alert.current?.focus(), [])
  return (
    <Alert
      ref={alert}
      tabIndex={-1}
      color="yellow"
      role="alert"
      title="Please check before saving"
      data-testid="unusual-details"
    >
      <Stack gap="xs">
        <List size="sm">
          {unusual.map((u) => (
            <List.Item key={u.path}>{u.message}</List.Item>
          ))}
        </List>
        <Group gap="sm">
          <Button variant="default" loading={isBusy} onClick={onConfirm}>
            Save anyway: this is right
          </Button>
        </Group>
      </Stack>
    </Alert>
  )
}
