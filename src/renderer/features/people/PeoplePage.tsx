import { Alert, Button, Chip, NativeSelect, Paper, Text } from '@mantine/core'
import { Link } from 'react-router'
import { PersonStatus } from '../../../shared/reference'
import { useCan } from '../../app/use-session'
import { PageHeader } from '../../components/PageHeader'
import { messageOf } from '../../lib/api-client'
import { plural } from '../../lib/format'
import { PeopleTable } from './PeopleTable'
import { type FlagFilter, usePeopleFilter, usePeopleTotal } from './use-people-list'
import { useStaff } from '../users/use-users'
import { emptyListMessage } from './people-list-words'
import { useCanEditPeople, useMyCaseloadId } from './use-people'

const FLAG_OPTIONS = [
  { value: '', label: 'Any or none' },
  { value: 'safeguarding', label: 'Safeguarding' },
  { value: 'financial', label: 'Financial concern' },
  { value: 'capacity', label: 'Lacks capacity (finances)' },
]

/** Everyone the organisation supports: filter, sort, and open a person with the keyboard. */
export function PeoplePage() {
  const canEdit = useCanEditPeople()
  const mayImport = useCan('people.import')
  const [filter, setFilter] = usePeopleFilter()
  const staff = useStaff()
  const myId = useMyCaseloadId()
  const isMine = myId !== null && filter.keyWorkerId === myId
  const first = usePeopleTotal(filter)
  // With "Only my people" on, whether anyone has this user as key worker at all says why it is empty.
  const caseload = usePeopleTotal(
    isMine ? { ...filter, status: undefined, flag: undefined } : filter,
  )
  const total = first.data?.total

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone you support. Press Ctrl+K to find someone by name, reference, NHS number or postcode."
        actions={
          (canEdit || mayImport) && (
            <>
              {mayImport && (
                <Button component={Link} to="/people/import" variant="default">
                  Import from spreadsheet
                </Button>
              )}
              {canEdit && (
                <Button component={Link} to="/people/new">
                  Add person
                </Button>
              )}
            </>
          )
        }
      />
      <Paper withBorder p="md" mb="md" component="section" aria-label="Filter the list">
        <div className="cb-filters">
          <NativeSelect
            label="Status"
            value={filter.status ?? ''}
            onChange={(e) =>
              setFilter({ status: (e.currentTarget.value || undefined) as typeof filter.status })
            }
            data={[
              { value: '', label: 'Any status' },
              ...PersonStatus.items.map((s) => ({ value: s.code, label: s.label })),
            ]}
          />
          <NativeSelect
            label="Key worker"
            value={filter.keyWorkerId ? String(filter.keyWorkerId) : ''}
            onChange={(e) => setFilter({ keyWorkerId: Number(e.currentTarget.value) || undefined })}
            data={[
              { value: '', label: 'Anyone' },
              ...(staff.data ?? []).map((s) => ({ value: String(s.id), label: s.name })),
            ]}
          />
          {myId !== null && (
            <Chip
              checked={isMine}
              onChange={(checked) => setFilter({ keyWorkerId: checked ? myId : undefined })}
              variant="outline"
              className="cb-filters-chip"
            >
              Only my people
            </Chip>
          )}
          <NativeSelect
            label="Flag"
            value={filter.flag ?? ''}
            onChange={(e) =>
              setFilter({ flag: (e.currentTarget.value || undefined) as FlagFilter | undefined })
            }
            data={FLAG_OPTIONS}
          />
          <Text className="cb-filters-count" aria-live="polite" data-testid="people-count">
            {total === undefined ? 'Loading…' : plural(total, 'person', 'people')}
          </Text>
        </div>
      </Paper>
      {first.isError && (
        <Alert color="red" role="alert" title="Could not load the list">
          {messageOf(first.error)}
        </Alert>
      )}
      {total === 0 && (
        <Paper withBorder p="lg">
          <Text data-testid="people-empty">
            {emptyListMessage({
              hasFilters: Boolean(filter.status || filter.flag || filter.keyWorkerId),
              isMine,
              myCaseload: isMine ? caseload.data?.total : undefined,
              canAddPeople: canEdit,
            })}
          </Text>
        </Paper>
      )}
      {total !== undefined && total > 0 && (
        <>
          <PeopleTable
            key={JSON.stringify(filter)}
            filter={filter}
            total={total}
            onSort={(sort) =>
              setFilter({
                sort,
                direction: filter.sort === sort && filter.direction === 'asc' ? 'desc' : 'asc',
              })
            }
          />
          <Text size="sm" c="dimmed" mt="xs" id="people-keys">
            In the list, the up and down arrow keys move from person to person and Enter opens their
            record. Column headings with arrows sort the list.
          </Text>
        </>
      )}
    </>
  )
}
