import { Alert, Anchor, Button, Paper, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { formatPence } from '../../../shared/money'
import { TabHeader } from '../../components/TabHeader'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { FormError } from '../../components/FormError'
import { messageOf } from '../../lib/api-client'
import { formatDate, formatDateTime } from '../../lib/format'
import { usePersonRecord } from '../people/PersonLayout'
import { PlanStatusBadge } from './PlanStatusBadge'
import { planPath, usePlanMutation, usePlans } from './use-plans'

/** Every version of the person's support plans, newest first, and starting a new plan. */
export function PlansTab() {
  const record = usePersonRecord()
  const ref = record.summary.ref
  const navigate = useNavigate()
  const plans = usePlans(ref)
  const create = usePlanMutation('plans.create')
  const [error, setError] = useState<string | null>(null)
  const [isConfirming, setIsConfirming] = useState(false)
  const start = async () => {
    setIsConfirming(false)
    setError(null)
    try {
      const plan = await create.mutateAsync({ ref })
      void navigate(planPath(plan.ref))
    } catch (e) {
      setError(messageOf(e))
    }
  }
  const rows = [...(plans.data ?? [])].sort((a, b) => b.planNo - a.planNo || b.version - a.version)
  const planNumbers = new Set(rows.map((p) => p.planNo))
  const nextNo = Math.max(0, ...planNumbers) + 1
  return (
    <>
      <TabHeader
        title="Support plans"
        windowTitle={`${record.summary.displayName} · Plans`}
        description="Each plan keeps every version: once submitted, a version never changes."
        actions={
          record.canEdit && (
            <Button onClick={() => setIsConfirming(true)} loading={create.isPending}>
              Start a new plan…
            </Button>
          )
        }
      />
      <FormError message={error} title="Could not start a plan" />
      <ConfirmDialog
        isOpen={isConfirming}
        title="Start a new plan?"
        confirmLabel={`Start plan ${nextNo}`}
        isBusy={create.isPending}
        onCancel={() => setIsConfirming(false)}
        onConfirm={() => void start()}
      >
        {planNumbers.size === 0
          ? `This starts ${record.summary.displayName}’s first support plan, as a draft.`
          : `This starts plan ${nextNo}, a new plan separate from ${record.summary.displayName}’s ${planNumbers.size === 1 ? 'plan' : `${planNumbers.size} plans`} so far, as a draft. To change an existing plan, open it and use “Start a new version” instead, so its history stays together.`}
      </ConfirmDialog>
      {plans.isError && (
        <Alert color="red" role="alert" title="Could not load the plans">
          {messageOf(plans.error)}
        </Alert>
      )}
      {plans.data && rows.length === 0 && (
        <Paper withBorder p="lg">
          <Text>No support plans yet.</Text>
        </Paper>
      )}
      {rows.length > 0 && (
        <Paper withBorder>
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="plans-table">
            <Table.Caption className="cb-visually-hidden">Support plan versions</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Plan</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Starts</Table.Th>
                <Table.Th scope="col">Weekly budget</Table.Th>
                <Table.Th scope="col">Weekly cost</Table.Th>
                <Table.Th scope="col">Status since</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((plan) => (
                <Table.Tr key={plan.ref} data-plan={plan.ref}>
                  <Table.Td>
                    <Anchor component={Link} to={planPath(plan.ref)} fw={600}>
                      Plan {plan.planNo}, version {plan.version}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <PlanStatusBadge status={plan.status} />
                  </Table.Td>
                  <Table.Td>{formatDate(plan.startDate) || 'Not set'}</Table.Td>
                  <Table.Td>
                    {plan.weeklyGrossPence === null
                      ? 'Not set'
                      : formatPence(plan.weeklyGrossPence)}
                  </Table.Td>
                  <Table.Td>{formatPence(plan.weeklyLinesPence)}</Table.Td>
                  <Table.Td>{formatDateTime(plan.statusChangedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  )
}
