import { Alert, Anchor, Button, Paper, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { AuditEvent } from '../../../shared/contract/admin-routes'
import { DateField } from '../../components/DateField'
import { PageHeader } from '../../components/PageHeader'
import { callApi, messageOf } from '../../lib/api-client'
import { formatDate, formatDateTime, plural } from '../../lib/format'
import { readUkDate, ukDateProblem } from '../../lib/uk-date'
import { AuditCheck } from './AuditCheck'
import { actionLabel, recordLabel } from './audit-labels'

const LIMIT = 500

function RecordCell({ event }: { event: AuditEvent }) {
  const label = recordLabel(event)
  if (event.entityType === 'client' && event.entityId) {
    return (
      <Anchor component={Link} to={`/people/${event.entityId}`} inherit>
        {label}
      </Anchor>
    )
  }
  return <span className="cb-break">{label || '—'}</span>
}

function countWords(count: number, since: string | null): string {
  const events = plural(count, 'event')
  if (count >= LIMIT) {
    return `The newest ${events}${since ? ` since ${formatDate(since)}` : ''}. Choose a later date to see earlier ones.`
  }
  return since ? `${events} since ${formatDate(since)}` : `${events}, newest first`
}

/** The audit log, newest first, with a "since" filter and the chain check. */
export function AuditPage() {
  const [since, setSince] = useState<string | null>(null)
  const events = useQuery({
    queryKey: ['audit', since],
    queryFn: () => callApi('audit.list', { limit: LIMIT, ...(since ? { since } : {}) }),
    placeholderData: keepPreviousData,
  })
  const form = useForm({
    initialValues: { since: '' },
    validate: { since: (v) => ukDateProblem(v) },
  })
  const submit = form.onSubmit(({ since: typed }) => setSince(readUkDate(typed) ?? null))
  const clear = () => {
    form.setValues({ since: '' })
    setSince(null)
  }

  return (
    <>
      <PageHeader
        title="Audit log"
        windowTitle="Audit log · Admin"
        description="Who did what in Casebook, and when: sign-ins, records opened, changes, backups."
      />
      <AuditCheck />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filter the log">
        <form onSubmit={submit} noValidate className="cb-filters">
          <DateField label="Since" {...form.getInputProps('since')} />
          <Button type="submit" variant="default">
            Show
          </Button>
          {since && (
            <Button variant="subtle" onClick={clear}>
              Show all
            </Button>
          )}
          {events.data && (
            <Text className="cb-filters-count" aria-live="polite" data-testid="audit-count">
              {countWords(events.data.length, since)}
            </Text>
          )}
        </form>
      </Paper>
      {events.isError && (
        <Alert color="red" role="alert" title="Could not load the audit log">
          {messageOf(events.error)}
        </Alert>
      )}
      {events.isPending && <Text>Loading the audit log…</Text>}
      {events.data && events.data.length === 0 && <Text>No events since that date.</Text>}
      {events.data && events.data.length > 0 && (
        <Paper withBorder className="cb-audit-scroll">
          <Table striped verticalSpacing="xs" data-testid="audit-table" className="cb-audit-table">
            <Table.Caption className="cb-visually-hidden">Audit events, newest first</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" className="cb-col-who">
                  Who
                </Table.Th>
                <Table.Th scope="col" className="cb-col-when">
                  When
                </Table.Th>
                <Table.Th scope="col">What</Table.Th>
                <Table.Th scope="col">Record</Table.Th>
                <Table.Th scope="col">Detail</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.map((event) => (
                <Table.Tr key={event.id} data-action={event.action}>
                  <Table.Td>{event.actor ?? 'Casebook'}</Table.Td>
                  <Table.Td className="cb-nowrap">{formatDateTime(event.at)}</Table.Td>
                  <Table.Td title={event.action}>{actionLabel(event.action)}</Table.Td>
                  <Table.Td>
                    <RecordCell event={event} />
                  </Table.Td>
                  <Table.Td className="cb-break">{event.summary ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </>
  )
}
