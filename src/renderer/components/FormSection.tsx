import { Paper, Stack, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'

/** A titled part of a long form: a region with its own h2, so people can jump between parts. */
export function FormSection({
  id,
  title,
  description,
  children,
  actions,
}: {
  id: string
  title: string
  description?: ReactNode
  children: ReactNode
  actions?: ReactNode
}) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id} className="cb-form-section">
      <Stack gap="md">
        <div className="cb-section-head">
          <div>
            <Title order={2} size="h3" id={id} tabIndex={-1}>
              {title}
            </Title>
            {description && (
              <Text c="dimmed" size="sm" mt={4}>
                {description}
              </Text>
            )}
          </div>
          {actions}
        </div>
        {children}
      </Stack>
    </Paper>
  )
}
