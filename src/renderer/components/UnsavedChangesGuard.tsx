import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { type ReactNode, useCallback, useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'

/**
 * Warns before leaving a page with changes that are not saved: inside the app (another page,
 * another tab of the record) with a dialog, and when the window is closed or reloaded with the
 * browser's own question. `allowLeaving()` lets a page move on straight after a save.
 */
export function useUnsavedChangesGuard(
  isDirty: boolean,
  what: string,
): { allowLeaving(): void; dialog: ReactNode } {
  const isDirtyRef = useRef(isDirty)
  const isAllowedRef = useRef(false)
  useEffect(() => {
    isDirtyRef.current = isDirty
    if (isDirty) isAllowedRef.current = false
  }, [isDirty])
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      isDirtyRef.current &&
      !isAllowedRef.current &&
      currentLocation.pathname !== nextLocation.pathname,
  )
  useEffect(() => {
    if (!isDirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])
  const allowLeaving = useCallback(() => {
    isAllowedRef.current = true
  }, [])

  const dialog = (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title="Leave without saving?"
      centered
    >
      <Stack gap="md">
        <Text>
          You have changed {what} and not saved the changes. If you leave now, those changes are
          lost.
        </Text>
        <Group justify="flex-end">
          <Button onClick={() => blocker.reset?.()} data-autofocus>
            Stay and keep editing
          </Button>
          <Button variant="default" onClick={() => blocker.proceed?.()}>
            Leave without saving
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
  return { allowLeaving, dialog }
}
