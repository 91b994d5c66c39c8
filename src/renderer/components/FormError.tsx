import { Alert } from '@mantine/core'

/** A problem with a whole form, announced to screen readers when it appears. */
export function FormError({
  message,
  title = 'That did not work',
}: {
  message: string | null
  title?: string
}) {
  if (!message) return null
  return (
    <Alert color="red" variant="light" title={title} role="alert">
      {message}
    </Alert>
  )
}
