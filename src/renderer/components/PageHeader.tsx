import { Group, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect } from 'react'

/** The page's one h1, and the window title to match. */
export function PageHeader({
  title,
  description,
  actions,
  windowTitle,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  windowTitle?: string
}) {
  useEffect(() => {
    document.title = `${windowTitle ?? title} · Casebook`
  }, [title, windowTitle])
  return (
    <Group justify="space-between" align="flex-start" mb="lg" wrap="nowrap">
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && <Text c="dimmed">{description}</Text>}
      </Stack>
      {actions && (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      )}
    </Group>
  )
}
