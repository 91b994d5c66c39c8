import { Paper, Text, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import type { PlanOverviewItem } from '../../../../shared/contract/plans-routes'
import { OverviewTable, type WhenColumn } from './OverviewTable'
import { OVERVIEW_LIMIT } from './use-plans-overview'

export interface OverviewSectionProps {
  /** The heading's id, also the section's test id. */
  readonly id: string
  readonly title: string
  readonly description: ReactNode
  /** Shown beside the heading, e.g. the review window. */
  readonly control?: ReactNode
  /** Undefined while loading. */
  readonly items: readonly PlanOverviewItem[] | undefined
  /** What an empty section says: "No drafts." */
  readonly empty: string
  readonly when: WhenColumn
}

/**
 * One headed part of the overview. The heading can take keyboard focus (the jump buttons above move
 * to it); an empty section says so in words.
 */
export function OverviewSection({
  id,
  title,
  description,
  control,
  items,
  empty,
  when,
}: OverviewSectionProps) {
  return (
    <section aria-labelledby={id} className="cb-overview-section" data-testid={id}>
      <div className="cb-overview-head">
        <div>
          <Title order={2} size="h3" id={id} tabIndex={-1}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {control}
      </div>
      {items === undefined ? (
        <Text c="dimmed">Loading…</Text>
      ) : items.length === 0 ? (
        <Paper withBorder p="md">
          <Text>{empty}</Text>
        </Paper>
      ) : (
        <Paper withBorder>
          <OverviewTable caption={title} items={items} when={when} />
          {items.length >= OVERVIEW_LIMIT && (
            <Text size="sm" p="sm">
              Only the first {OVERVIEW_LIMIT} are shown here.
            </Text>
          )}
        </Paper>
      )}
    </section>
  )
}
