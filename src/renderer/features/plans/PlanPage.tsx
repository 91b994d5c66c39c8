import { Alert, Anchor, Text } from '@mantine/core'
import { Link, useParams } from 'react-router'
import { TabHeader } from '../../components/TabHeader'
import { isApiError, messageOf } from '../../lib/api-client'
import { usePersonRecord } from '../people/PersonLayout'
import { PlanEditor } from './PlanEditor'
import { PlanStatusPanel } from './PlanStatusPanel'
import { PlanView } from './PlanView'
import { usePlan } from './use-plans'

/**
 * One version of a support plan at #/people/C-000123/plans/P1v2: a draft opens in the editor for
 * those who may edit; anything else reads as the document it is.
 */
export function PlanPage() {
  const record = usePersonRecord()
  const planId = (useParams().planId ?? '').toUpperCase()
  const planRef = `${record.summary.ref}/${planId}`
  const plan = usePlan(planRef)
  const name = record.summary.displayName
  const header = (
    <TabHeader
      title="Support plan"
      windowTitle={`${name} · Plan ${planId.replace('V', 'v')}`}
      description={
        <Anchor component={Link} to={`/people/${record.summary.ref}/plans`}>
          All of {name}’s plans
        </Anchor>
      }
    />
  )
  if (isApiError(plan.error, 'RECORD.NOT_FOUND') || isApiError(plan.error, 'INPUT.INVALID')) {
    return (
      <>
        {header}
        <Text>There is no plan {planRef}.</Text>
      </>
    )
  }
  if (plan.isError) {
    return (
      <>
        {header}
        <Alert color="red" role="alert" title="Could not open the plan">
          {messageOf(plan.error)}
        </Alert>
      </>
    )
  }
  if (!plan.data) return <Text>Opening the plan…</Text>
  const version = plan.data
  const isEditing = version.isEditable && record.canEdit
  return (
    <>
      {header}
      <PlanStatusPanel plan={version} canEdit={record.canEdit} person={record.summary} />
      {isEditing ? (
        <PlanEditor key={version.ref} plan={version} personName={name} />
      ) : (
        <PlanView plan={version} />
      )}
    </>
  )
}
