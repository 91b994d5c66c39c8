import { Alert, Anchor, Button, Paper, Table, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Link } from 'react-router'
import type { AuditEvent } from '../../../shared/contract/audit-routes'
import { DateField } from '../../components/DateField'
import { PageHeader } from '../../components/PageHeader'
import { callApi, messageOf } from '../../lib/api-client'
import { formatDate, formatDateTime, plural } from '../../lib/format'
import { readUkDate, ukDateProblem } from '../../lib/uk-date'
import { adminKeys } from './admin-keys'
import { AuditAnchorPanel } from './AuditAnchorPanel'
import { AuditCheck } from './AuditCheck'
import { actionLabel, recordLabel } from './audit-labels'

const PAGE = 500
/** The most audit.list gives in one call. */
const MOST = 10_000

function RecordCell({ event }: { event: AuditEvent }) {
  const label = recordLabel(event)
  // 'client' is how events written before ADR 0012 name a person.
  const isPerson = event.entityType === 'person' || event.entityType === 'client'
  if (isPerson && event.entityId) {
    return (
      <Anchor component={Link} to={`/people/${event.entityId}`} inherit>
        {label}
      </Anchor>
    )
  }
  return <span className="cb-break">{label || '—'}</span>
}

function countWords(count: number, limit: number, since: string | null): string {
  const events = plural(count, 'event')
  const from = since ? ` since ${formatDate(since)}` : ''
  return count >= limit ? `The newest ${events}${from}` : `${events}${from || ', newest first'}`
}

/** The audit log, newest first, with a "since" filter, the chain check and the newest event to keep. */
export function AuditPage() {
  const [since, setSince] = useState<string | null>(null)
  const [limit, setLimit] = useState(PAGE)
  const events = useQuery({
    queryKey: adminKeys.audit(since, limit),
    queryFn: () => callApi('audit.list', { limit, ...(since ? { since } : {}) }),
    placeholderData: keepPreviousData,
  })
  const form = useForm({
    initialValues: { since: '' },
    validate: { since: (v) => ukDateProblem(v) },
  })
  const submit = form.onSubmit(({ since: typed }) => {
    setSince(readUkDate(typed) ?? null)
    setLimit(PAGE)
  })
  const clear = () => {
    form.setValues({ since: '' })
    setSince(null)
    setLimit(PAGE)
  }
  const hasMore = events.data !== undefined && events.data.length >= limit && limit < MOST

  return (
    <>
      <PageHeader
        title="Audit log"
        windowTitle="Audit log · Admin"
        description="Who did what in Casebook, and when: sign-ins, records opened, changes, backups."
      />
      <AuditCheck />
      <AuditAnchorPanel />
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
              {countWords(events.data.length, limit, since)}
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
        // The box scrolls on its own, so it takes focus: keyboard users can scroll it too.
        <Paper
          withBorder
          className="cb-audit-scroll"
          tabIndex={0}
          role="region"
          aria-label="Audit events"
        >
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
      {hasMore && (
        <Button
          variant="default"
          mt="md"
          loading={events.isFetching}
          onClick={() => setLimit(Math.min(MOST, limit + PAGE))}
        >
          Show {PAGE} earlier events
        </Button>
      )}
    </>
  )
}
