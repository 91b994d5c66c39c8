import { Badge } from '@mantine/core'
import { PlanStatus, labelOf } from '../../../shared/reference'

const COLOUR: Record<string, string> = {
  draft: 'gray',
  submitted: 'blue',
  'funding-panel': 'blue',
  approved: 'green',
  'approved-with-conditions': 'green',
  active: 'green',
  deferred: 'orange',
  declined: 'red',
  superseded: 'gray',
  ended: 'gray',
}

/** A plan's status in words (the colour only repeats it). */
export function PlanStatusBadge({ status }: { status: string }) {
  return (
    <Badge
      variant="light"
      color={COLOUR[status] ?? 'gray'}
      className="cb-flag"
      data-testid="plan-status"
    >
      {labelOf(PlanStatus, status)}
    </Badge>
  )
}
