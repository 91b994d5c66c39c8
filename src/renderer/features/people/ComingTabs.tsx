import { List, Paper, Text } from '@mantine/core'
import { TabHeader } from '../../components/TabHeader'
import { usePersonRecord } from './PersonLayout'

function ComingTab({ title, points }: { title: string; points: readonly string[] }) {
  const record = usePersonRecord()
  return (
    <>
      <TabHeader
        title={title}
        windowTitle={`${record.summary.displayName} · ${title}`}
        description="Coming next."
      />
      <Paper withBorder p="lg" maw={680}>
        <Text fw={600} mb="xs">
          What this tab will show
        </Text>
        <List spacing="xs">
          {points.map((point) => (
            <List.Item key={point}>{point}</List.Item>
          ))}
        </List>
        <Text mt="md" c="dimmed">
          This part of Casebook is being built. Budgets agreed in support plans are on the Plans tab
          now.
        </Text>
      </Paper>
    </>
  )
}

export function MoneyTab() {
  return (
    <ComingTab
      title="Money"
      points={[
        'The managed account for their direct payment, if you look after it',
        'Statements, payments and what is left of the budget',
        'Anything unusual flagged for the budget manager',
      ]}
    />
  )
}

export function ReviewsTab() {
  return (
    <ComingTab
      title="Reviews"
      points={[
        'When their first, yearly and direct-payment reviews are due',
        'Review notes: what is working and what is not, in their words',
        'Changes carried into the next version of their plan',
      ]}
    />
  )
}
