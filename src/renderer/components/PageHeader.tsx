import { Group, Stack, Text, Title } from '@mantine/core'
import { type ReactNode, useEffect } from 'react'

interface HeaderProps {
  title: string
  description?: ReactNode
  actions?: ReactNode
}

/** A heading with an optional line below it and buttons beside it; sets the window title. */
export function Heading({
  level,
  title,
  description,
  actions,
  windowTitle,
}: HeaderProps & { level: 1 | 2; windowTitle: string }) {
  useEffect(() => {
    document.title = `${windowTitle} · Casebook`
  }, [windowTitle])
  return (
    <Group justify="space-between" align="flex-start" mb={level === 1 ? 'lg' : 'md'} wrap="nowrap">
      <Stack gap={4}>
        <Title order={level} size={level === 1 ? 'h2' : 'h3'}>
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

/** The page's one h1, and the window title to match. */
export function PageHeader(props: HeaderProps & { windowTitle?: string }) {
  return <Heading level={1} {...props} windowTitle={props.windowTitle ?? props.title} />
}
