import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useMutation } from '@tanstack/react-query'
import { FormError } from '../../components/FormError'
import { TickIcon, WarningIcon } from '../../components/icons'
import { callApi, messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'

/**
 * "Check the log": walks the audit log's hash chain and says, in words, whether it is intact or
 * where it first breaks. The icon and the title repeat the meaning; the colour is only a hint.
 */
export function AuditCheck() {
  const verify = useMutation({ mutationFn: () => callApi('audit.verify', {}) })
  const result = verify.data
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label="Check the log">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Text size="sm" className="cb-grow">
            Each event is sealed to the one before it, so an event changed or removed afterwards
            shows up here.
          </Text>
          <Button onClick={() => verify.mutate()} loading={verify.isPending} variant="default">
            Check the log
          </Button>
        </Group>
        <div aria-live="polite" data-testid="audit-check-result">
          {result?.isIntact && (
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
          )}
          {result && !result.isIntact && (
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
              {plural(result.checked, 'event')} before it checked out. Tell whoever supports your
              Casebook, and keep a backup from before the problem.
            </Alert>
          )}
        </div>
        {verify.isError && (
          <FormError message={messageOf(verify.error)} title="The log could not be checked" />
        )}
      </Stack>
    </Paper>
  )
}
