import { Paper, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect } from 'react'

/** The frame of the screens before the app proper: set-up, sign-in, lock, first password. */
export function CentredCard({
  title,
  intro,
  children,
  width = 460,
}: {
  title: string
  intro?: ReactNode
  children: ReactNode
  width?: number
}) {
  useEffect(() => {
    document.title = `${title} · Casebook`
  }, [title])
  return (
    <main className="cb-centred">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={width}>
        <Stack gap="md">
          <Text fw={700} c="blue.9" size="sm" tt="uppercase">
            Casebook
          </Text>
          <Title order={1} size="h2">
            {title}
          </Title>
          {intro && (typeof intro === 'string' ? <Text>{intro}</Text> : intro)}
          {children}
        </Stack>
      </Paper>
    </main>
  )
}
