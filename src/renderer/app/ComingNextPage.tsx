import { List, Paper, Text } from '@mantine/core'
import { PageHeader } from '../components/PageHeader'
import type { Section } from './sections'

/** A friendly placeholder for a section that is not built yet, saying what it will do. */
export function ComingNextPage({ section }: { section: Section }) {
  const next = section.comingNext
  return (
    <>
      <PageHeader title={section.label} description={`Coming next: ${next?.summary ?? ''}`} />
      <Paper withBorder p="lg" maw={680}>
        <Text fw={600} mb="xs">
          What this section will do
        </Text>
        <List spacing="xs">
          {next?.points.map((point) => (
            <List.Item key={point}>{point}</List.Item>
          ))}
        </List>
        <Text mt="md" c="dimmed">
          This part of Casebook is being built. Nothing you need today is missing from here.
        </Text>
      </Paper>
    </>
  )
}
