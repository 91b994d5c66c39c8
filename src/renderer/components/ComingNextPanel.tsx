import { List, Paper, Text } from '@mantine/core'

/** What a part of Casebook that is not built yet will do, in a few points. */
export function ComingNextPanel(props: {
  heading: string
  points: readonly string[]
  footnote: string
}) {
  return (
    <Paper withBorder p="lg" maw={680}>
      <Text fw={600} mb="xs">
        {props.heading}
      </Text>
      <List spacing="xs">
        {props.points.map((point) => (
          <List.Item key={point}>{point}</List.Item>
        ))}
      </List>
      <Text mt="md" c="dimmed">
        {props.footnote}
      </Text>
    </Paper>
  )
}
