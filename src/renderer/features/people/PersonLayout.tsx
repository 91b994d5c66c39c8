import { Alert, Anchor, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { Link, Outlet, useLocation, useOutletContext } from 'react-router'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import { PersonStatus, labelOf } from '../../../shared/reference'
import type { PersonTab } from '../../app/feature-types'
import { rememberPerson } from '../../app/recent-people'
import { useAllowed } from '../../app/use-session'
import { Flags } from '../../components/Flags'
import { isApiError, messageOf } from '../../lib/api-client'
import { formatDate } from '../../lib/format'
import { StatusDialog } from './StatusDialog'
import { usePerson, usePersonRef } from './use-people'

/** Whether the tab is the current one, for the first part of the address after the person's. */
function isCurrent(tab: PersonTab, segment: string): boolean {
  return tab.path === segment || (tab.pages ?? []).some((p) => p.path?.split('/')[0] === segment)
}

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
 * (#/people/C-000123/notes), so any of them can be shared or bookmarked. The tabs come from the
 * features (app/features.ts).
 */
export function PersonLayout({ tabs }: { tabs: readonly PersonTab[] }) {
  const ref = usePersonRef()
  const allowed = useAllowed()
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
  const current = tabs.find((tab) => isCurrent(tab, rest))
  return (
    <>
      <PersonHeader record={record} isEditing={rest === 'edit'} />
      <nav aria-label={`${record.summary.displayName}’s record`} className="cb-subnav cb-tabs">
        {tabs
          .filter((tab) => allowed(tab.permission))
          .map((tab) => {
            const isActive = tab === current
            return (
              <NavLink
                key={tab.path}
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
