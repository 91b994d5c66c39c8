import { Alert } from '@mantine/core'
import type { ReactNode } from 'react'
import type { AuditVerification } from '../../../shared/contract/audit-routes'
import { TickIcon, WarningIcon } from '../../components/icons'
import { plural } from '../../lib/format'

/**
 * What a check of the audit log found, in words: intact, or where it first breaks. The icon and the
 * title repeat the meaning; the colour is only a hint.
 */
export function AuditVerdict({
  result,
  children,
}: {
  result: AuditVerification
  /** What to do about a broken log, under the verdict. */
  children?: ReactNode
}) {
  if (result.isIntact) {
    return (
      <Alert
        color="green"
        variant="light"
        title={
          <span className="cb-icon-title">
            <TickIcon /> Intact: {plural(result.checked, 'event')} checked
          </span>
        }
      >
        Nothing in the log has been changed or removed.
      </Alert>
    )
  }
  return (
    <Alert
      color="red"
      variant="light"
      title={
        <span className="cb-icon-title">
          <WarningIcon /> Broken at event {result.firstBroken?.id ?? '?'}:{' '}
          {result.firstBroken?.reason ?? 'the reason is not known'}
        </span>
      }
    >
      {plural(result.checked, 'event')} before it checked out.
      {children}
    </Alert>
  )
}
