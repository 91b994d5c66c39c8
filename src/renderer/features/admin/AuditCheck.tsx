import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { useCan, useSession } from '../../app/use-session'
import { FormError } from '../../components/FormError'
import { TickIcon } from '../../components/icons'
import { callApi, messageOf } from '../../lib/api-client'
import { AcceptAuditBreak } from './AcceptAuditBreak'
import { adminKeys } from './admin-keys'
import { AuditVerdict } from './AuditVerdict'

/**
 * "Check the log": walks the audit log's hash chain and its anchor and says, in words, whether it
 * is intact or where it first breaks; when broken, what can be done. An administrator who signed in
 * to a tampered log sees the check at once.
 */
export function AuditCheck() {
  const queryClient = useQueryClient()
  const { auditProblem } = useSession().session
  const mayAccept = useCan('dataFile.manage')
  const [accepted, setAccepted] = useState<string | null>(null)
  const verify = useMutation({ mutationFn: () => callApi('audit.verify', {}) })
  const { mutate: check } = verify
  const hasChecked = useRef(false)
  useEffect(() => {
    if (!auditProblem || hasChecked.current) return
    hasChecked.current = true
    check()
  }, [auditProblem, check])

  const afterAccepting = (text: string) => {
    setAccepted(text)
    check()
    void queryClient.invalidateQueries({ queryKey: adminKeys.auditLog() })
  }
  const result = verify.data
  return (
    <Paper withBorder p="md" mb="md" component="section" aria-label="Check the log">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="center">
          <Text size="sm" className="cb-grow">
            Each event is sealed to the one before it, and the newest is remembered beside the data
            file, so an event changed or removed afterwards shows up here.
          </Text>
          <Button onClick={() => check()} loading={verify.isPending} variant="default">
            Check the log
          </Button>
        </Group>
        {accepted && (
          <Alert
            color="green"
            variant="light"
            role="status"
            title={
              <span className="cb-icon-title">
                <TickIcon /> The break is accepted on the record
              </span>
            }
          >
            {accepted}
          </Alert>
        )}
        <div aria-live="polite" data-testid="audit-check-result">
          {result && (
            <AuditVerdict result={result}>
              {mayAccept
                ? ' See below for what to do.'
                : ' Tell an administrator: only they can restore a backup or accept the break.'}
            </AuditVerdict>
          )}
        </div>
        {result && !result.isIntact && mayAccept && (
          <AcceptAuditBreak onAccepted={afterAccepting} />
        )}
        {verify.isError && (
          <FormError message={messageOf(verify.error)} title="The log could not be checked" />
        )}
      </Stack>
    </Paper>
  )
}
