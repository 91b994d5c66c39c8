import { notifications } from '@mantine/notifications'

/**
 * A short message in the corner that closes itself. The title says what happened in words, so a
 * problem is never shown by colour alone.
 */
export function notify(options: { title: string; message: string; isProblem?: boolean }): void {
  notifications.show({
    title: options.title,
    message: options.message,
    color: options.isProblem ? 'red' : 'blue',
    autoClose: options.isProblem ? false : 6_000,
    closeButtonProps: { 'aria-label': 'Close this message' },
  })
}
