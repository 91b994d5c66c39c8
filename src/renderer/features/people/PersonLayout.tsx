import { Alert, Anchor, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { Link, Outlet, useLocation, useOutletContext } from 'react-router'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import { PersonStatus, labelOf } from '../../../shared/reference'
import { rememberPerson } from '../../app/recent-people'
import { Flags } from '../../components/Flags'
import { isApiError, messageOf } from '../../lib/api-client'
import { formatDate } from '../../lib/format'
import { StatusDialog } from './StatusDialog'
import { usePerson, usePersonRef } from './use-people'

const TABS = [
  { path: '', label: 'Details' },
  { path: 'profile', label: 'Profile' },
  { path: 'circle', label: 'Circle of support' },
  { path: 'consents', label: 'Consents & sharing' },
  { path: 'notes', label: 'Notes' },
  { path: 'plans', label: 'Plans' },
  { path: 'money', label: 'Money' },
  { path: 'reviews', label: 'Reviews' },
] as const

/** The record every tab of a person's page reads (from `usePersonRecord`). */
export function usePersonRecord(): PersonRecord {
  return useOutletContext<PersonRecord>()
}

function PersonHeader({ record, isEditing }: { record: PersonRecord; isEditing: boolean }) {
  const [isChangingStatus, setIsChangingStatus] = useState(false)
  const s = record.summary
  const facts = [
    s.ref,
    `${labelOf(PersonStatus, s.status)} since ${formatDate(record.statusSince)}`,
    s.dateOfBirth && `Born ${formatDate(s.dateOfBirth)}`,
    s.keyWorker ? `Key worker: ${s.keyWorker.name}` : 'No key worker',
  ].filter(Boolean)
  return (
    <header className="cb-person-header">
      <Stack gap={4} className="cb-grow">
        <div className="cb-name-with-flags">
          <Title order={1} size="h2">
            {s.displayName}
          </Title>
          <Flags flags={s.flags} size="md" />
        </div>
        <Text c="dimmed" data-testid="person-facts">
          {facts.join(' · ')}
        </Text>
        {s.status === 'closed' && record.closedReason && (
          <Text size="sm">Closed: {record.closedReason}</Text>
        )}
      </Stack>
      {record.canEdit && (
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={() => setIsChangingStatus(true)}>
            {s.status === 'closed' ? 'Reopen…' : 'Change status…'}
          </Button>
          {!isEditing && (
            <Button component={Link} to={`/people/${s.ref}/edit`}>
              Edit details
            </Button>
          )}
        </Group>
      )}
      {isChangingStatus && (
        <StatusDialog record={record} onClose={() => setIsChangingStatus(false)} />
      )}
    </header>
  )
}

/**
 * A person's page: their name and flags head every tab; the tabs are addresses of their own
 * (#/people/C-000123/notes), so any of them can be shared or bookmarked.
 */
export function PersonLayout() {
  const ref = usePersonRef()
  const person = usePerson(ref)
  const location = useLocation()
  const record = person.data
  useEffect(() => {
    if (record) rememberPerson(record.summary)
  }, [record])

  if (!/^C-\d{6}$/.test(ref) || isApiError(person.error, 'RECORD.NOT_FOUND')) {
    return (
      <>
        <Title order={1} size="h2" mb="md">
          Person not found
        </Title>
        <Text>
          There is nobody with the reference {ref}.{' '}
          <Anchor component={Link} to="/people">
            Go to People
          </Anchor>
        </Text>
      </>
    )
  }
  if (person.isError) {
    return (
      <Alert color="red" role="alert" title="Could not open this record">
        {messageOf(person.error)}
      </Alert>
    )
  }
  if (!record) return <Text>Opening {ref}…</Text>

  const base = `/people/${record.summary.ref}`
  const rest = location.pathname.slice(base.length).split('/')[1] ?? ''
  const current = rest === 'edit' ? '' : rest
  return (
    <>
      <PersonHeader record={record} isEditing={rest === 'edit'} />
      <nav aria-label={`${record.summary.displayName}’s record`} className="cb-subnav cb-tabs">
        {TABS.map((tab) => {
          const isActive = tab.path === current
          return (
            <NavLink
              key={tab.label}
              component={Link}
              to={tab.path ? `${base}/${tab.path}` : base}
              label={tab.label}
              active={isActive}
              aria-current={isActive ? 'page' : undefined}
              className="cb-subnav-link"
            />
          )
        })}
      </nav>
      <Outlet context={record} />
    </>
  )
}
