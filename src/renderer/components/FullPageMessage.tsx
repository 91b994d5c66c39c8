import { Loader, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** A whole-window message (opening, errors) inside a main landmark. */
export function FullPageMessage({
  title,
  children,
  isBusy = false,
}: {
  title: string
  children?: ReactNode
  isBusy?: boolean
}) {
  return (
    <main className="cb-centred" aria-busy={isBusy || undefined}>
      <Stack align="center" gap="md" maw={560}>
        {isBusy && <Loader aria-hidden="true" />}
        <Title order={1} size="h2" ta="center">
          {title}
        </Title>
        {typeof children === 'string' ? <Text ta="center">{children}</Text> : children}
      </Stack>
    </main>
  )
}
