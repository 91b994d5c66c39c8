import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { FormError } from './FormError'

/**
 * Asks before a dangerous action. The safe choice is focused first, and the action's button says
 * exactly what will happen ("Disable Sam's login"), never just "OK".
 */
export function ConfirmDialog({
  isOpen,
  title,
  children,
  confirmLabel,
  isBusy,
  error,
  onConfirm,
  onCancel,
  size = 'md',
}: {
  isOpen: boolean
  title: string
  children: ReactNode
  confirmLabel: string
  isBusy?: boolean
  error?: string | null
  onConfirm(): void
  onCancel(): void
  /** Wider ("lg") when the question quotes long file paths. */
  size?: 'md' | 'lg'
}) {
  return (
    <Modal opened={isOpen} onClose={onCancel} title={title} centered size={size}>
      <Stack gap="md">
        {typeof children === 'string' ? <Text>{children}</Text> : children}
        <FormError message={error ?? null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} loading={isBusy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
