import { Button } from '@mantine/core'
import { FullPageMessage } from '../components/FullPageMessage'
import { messageOf } from '../lib/api-client'

/** Shown when Casebook cannot even ask who is signed in. */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry(): void }) {
  return (
    <FullPageMessage title="Casebook cannot start">
      <p role="alert">{messageOf(error)}</p>
      <Button onClick={onRetry}>Try again</Button>
    </FullPageMessage>
  )
}
