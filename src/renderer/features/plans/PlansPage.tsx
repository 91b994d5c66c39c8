import { Anchor, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { ClientSummary } from '../../../shared/contract/people-schemas'
import type { PlanSummary } from '../../../shared/contract/plan-schemas'
import { formatPence } from '../../../shared/money'
import { useRecentPeople } from '../../app/recent-people'
import { Flags } from '../../components/Flags'
import { PageHeader } from '../../components/PageHeader'
import { callApi } from '../../lib/api-client'
import { formatDate, formatDateTime } from '../../lib/format'
import { plansKey } from '../people/use-people'
import { PlanStatusBadge } from './PlanStatusBadge'
import { planKey, planPath } from './use-plans'

/** Versions that still need something doing, or are in force. */
const WORTH_SHOWING = new Set([
  'draft',
  'submitted',
  'funding-panel',
  'approved',
  'approved-with-conditions',
  'active',
])

function NextReview({ plan }: { plan: PlanSummary }) {
  const version = useQuery({
    queryKey: planKey(plan.ref),
    queryFn: () => callApi('plans.get', { planRef: plan.ref }),
  })
  const due = version.data?.reviewDates.nextDue
  return <>{due ? formatDate(due) : '—'}</>
}

function PersonPlans({ person, plans }: { person: ClientSummary; plans: readonly PlanSummary[] }) {
  const shown = plans.filter((p) => WORTH_SHOWING.has(p.status))
  return (
    <>
      {shown.length === 0 ? (
        <Table.Tr>
          <Table.Td>
            <PersonCell person={person} />
          </Table.Td>
          <Table.Td colSpan={4}>
            <Text size="sm" c="dimmed">
              No plan in progress or in force.
            </Text>
          </Table.Td>
        </Table.Tr>
      ) : (
        shown.map((plan) => (
          <Table.Tr key={plan.ref}>
            <Table.Td>
              <PersonCell person={person} />
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={planPath(plan.ref)}>
                Plan {plan.planNo}, version {plan.version}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <PlanStatusBadge status={plan.status} />
              <Text size="xs" c="dimmed">
                since {formatDateTime(plan.statusChangedAt)}
              </Text>
            </Table.Td>
            <Table.Td>{formatPence(plan.weeklyLinesPence)}</Table.Td>
            <Table.Td>{plan.status === 'active' ? <NextReview plan={plan} /> : '—'}</Table.Td>
          </Table.Tr>
        ))
      )}
    </>
  )
}

function PersonCell({ person }: { person: ClientSummary }) {
  return (
    <span className="cb-name-with-flags">
      <Anchor component={Link} to={`/people/${person.ref}/plans`} fw={600}>
        {person.displayName}
      </Anchor>
      <Flags flags={person.flags} size="xs" />
    </span>
  )
}

/**
 * Plans live on each person's page. This page is a short way back to the plans of the people you
 * have opened since you signed in: drafts, plans waiting for a decision, and plans in force.
 */
export function PlansPage() {
  const recent = useRecentPeople()
  const plans = useQueries({
    queries: recent.map((person) => ({
      queryKey: plansKey(person.ref),
      queryFn: () => callApi('plans.list', { ref: person.ref }),
    })),
  })
  return (
    <>
      <PageHeader
        title="Plans"
        description="Support plans are kept on each person’s page, in their Plans tab."
      />
      <Stack gap="lg">
        <Paper withBorder p="lg" maw={760}>
          <Text fw={600} mb="xs">
            To write or open a plan
          </Text>
          <List spacing="xs">
            <List.Item>
              Find the person with <strong>Ctrl+K</strong>, or from{' '}
              <Anchor component={Link} to="/people">
                People
              </Anchor>
              .
            </List.Item>
            <List.Item>Open their Plans tab, then a plan, or “Start a new plan”.</List.Item>
          </List>
        </Paper>
        <section aria-labelledby="recent-plans">
          <Title order={2} size="h3" id="recent-plans" mb="xs">
            Plans of people you opened this session
          </Title>
          {recent.length === 0 ? (
            <Text c="dimmed">
              Nobody yet. People you open appear here until you lock Casebook or sign out.
            </Text>
          ) : (
            <Paper withBorder>
              <Table striped verticalSpacing="sm" data-testid="recent-plans">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Person</Table.Th>
                    <Table.Th scope="col">Plan</Table.Th>
                    <Table.Th scope="col">Status</Table.Th>
                    <Table.Th scope="col">Weekly cost</Table.Th>
                    <Table.Th scope="col">Next review</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {recent.map((person, i) => (
                    <PersonPlans key={person.ref} person={person} plans={plans[i]?.data ?? []} />
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
        </section>
      </Stack>
    </>
  )
}
