import { Anchor, Table, Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { PlanOverviewItem } from '../../../../shared/contract/plans-routes'
import { formatPence } from '../../../../shared/money'
import { Flags } from '../../../components/Flags'
import { PlanStatusBadge } from '../PlanStatusBadge'
import { planPath } from '../use-plans'

/** The one column that differs between sections: when it was started, how long it has waited… */
export interface WhenColumn {
  readonly heading: string
  render(item: PlanOverviewItem): ReactNode
}

function Money({ item }: { item: PlanOverviewItem }) {
  const over =
    item.weeklyGrossPence !== null && item.weeklyLinesPence > item.weeklyGrossPence
      ? item.weeklyLinesPence - item.weeklyGrossPence
      : 0
  return (
    <>
      {formatPence(item.weeklyLinesPence)}
      {over > 0 && (
        <Text size="xs" c="red.9" fw={600}>
          {formatPence(over)} over budget
        </Text>
      )}
    </>
  )
}

/** One section's plans: who, which plan, its status, money each week, and the section's "when". */
export function OverviewTable({
  caption,
  items,
  when,
}: {
  caption: string
  items: readonly PlanOverviewItem[]
  when: WhenColumn
}) {
  return (
    <Table striped verticalSpacing="sm" className="cb-overview-table">
      <Table.Caption className="cb-visually-hidden">{caption}</Table.Caption>
      <colgroup>
        <col className="cb-col-person" />
        <col className="cb-col-plan" />
        <col className="cb-col-status" />
        <col className="cb-col-money" />
        <col className="cb-col-money" />
        <col className="cb-col-when" />
      </colgroup>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Person</Table.Th>
          <Table.Th scope="col">Plan</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col" className="cb-money">
            Weekly budget
          </Table.Th>
          <Table.Th scope="col" className="cb-money">
            Weekly cost
          </Table.Th>
          <Table.Th scope="col">{when.heading}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.ref} data-plan={item.ref}>
            <Table.Th scope="row">
              <span className="cb-name-with-flags">
                <Anchor component={Link} to={`/people/${item.person.ref}`} fw={600}>
                  {item.person.displayName}
                </Anchor>
                <Flags flags={item.person.flags} size="xs" />
              </span>
            </Table.Th>
            <Table.Td>
              <Anchor component={Link} to={planPath(item.ref)} fw={600}>
                Plan {item.planNo}, version {item.version}
                <span className="cb-visually-hidden"> for {item.person.displayName}</span>
              </Anchor>
              <Text size="xs" c="dimmed" data-testid="plan-ref">
                {item.ref}
              </Text>
            </Table.Td>
            <Table.Td>
              <PlanStatusBadge status={item.status} />
            </Table.Td>
            <Table.Td className="cb-money">
              {item.weeklyGrossPence === null ? 'Not set' : formatPence(item.weeklyGrossPence)}
            </Table.Td>
            <Table.Td className="cb-money">
              <Money item={item} />
            </Table.Td>
            <Table.Td data-testid="plan-when">{when.render(item)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
