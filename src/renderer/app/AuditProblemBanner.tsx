import { Alert, Anchor, Stack, Text } from '@mantine/core'
import { Link, useLocation } from 'react-router'
import { WarningIcon } from '../components/icons'
import { useSession } from './use-session'

/**
 * For an administrator signed in to a data file whose audit log was found tampered with (ADR 0013):
 * on every page until it is dealt with, saying what broke and leading to the Audit log page, where a
 * backup can be chosen or the break accepted on the record.
 */
export function AuditProblemBanner() {
  const { auditProblem } = useSession().session
  const location = useLocation()
  if (!auditProblem) return null
  const isOnAuditPage = location.pathname === '/admin/audit'
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      mb="lg"
      maw={860}
      className="cb-audit-banner"
      data-testid="audit-problem-banner"
      title={
        <span className="cb-icon-title">
          <WarningIcon /> Warning: the audit log has been tampered with
        </span>
      }
    >
      <Stack gap={6}>
        <Text size="sm">{auditProblem}</Text>
        <Text size="sm">
          Until it is dealt with, nothing can be changed in Casebook and only administrators can
          sign in.{' '}
          {isOnAuditPage ? (
            'Check the log below, then restore a backup or accept the break on the record.'
          ) : (
            <Anchor component={Link} to="/admin/audit" fw={600} inherit>
              Open the audit log to deal with it
            </Anchor>
          )}
        </Text>
      </Stack>
    </Alert>
  )
}
