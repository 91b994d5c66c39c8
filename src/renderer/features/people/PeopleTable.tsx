import { Anchor, Text, UnstyledButton } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, useRef, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { PersonSummary } from '../../../shared/contract/people-schemas'
import { PersonStatus, labelOf } from '../../../shared/reference'
import { Flags } from '../../components/Flags'
import { formatDate } from '../../lib/format'
import { type PeopleFilter, type SortKey, usePeoplePages } from './use-people-list'

const COLUMNS: readonly { key: string; label: string; sort?: SortKey; className: string }[] = [
  { key: 'ref', label: 'Reference', sort: 'ref', className: 'cb-col-ref' },
  { key: 'name', label: 'Name', sort: 'name', className: 'cb-col-name' },
  { key: 'dob', label: 'Date of birth', sort: 'dateOfBirth', className: 'cb-col-date' },
  { key: 'postcode', label: 'Postcode', className: 'cb-col-postcode' },
  { key: 'status', label: 'Status', sort: 'status', className: 'cb-col-status' },
  { key: 'keyWorker', label: 'Key worker', className: 'cb-col-worker' },
]

const ROW_ID = (index: number) => `people-row-${index}`

function Cells({ person }: { person: PersonSummary | undefined }) {
  if (!person) {
    return (
      <td colSpan={COLUMNS.length}>
        <Text c="dimmed" size="sm">
          Loading…
        </Text>
      </td>
    )
  }
  return (
    <>
      <td className="cb-nowrap">{person.ref}</td>
      <td>
        <span className="cb-name-with-flags">
          <Anchor component={Link} to={`/people/${person.ref}`} tabIndex={-1} fw={600} size="sm">
            {person.displayName}
          </Anchor>
          <Flags flags={person.flags} size="sm" />
        </span>
      </td>
      <td className="cb-nowrap">{formatDate(person.dateOfBirth)}</td>
      <td className="cb-nowrap">{person.postcode ?? ''}</td>
      <td>{labelOf(PersonStatus, person.status)}</td>
      <td>{person.keyWorker?.name ?? ''}</td>
    </>
  )
}

/**
 * The people list as one keyboard stop: arrow keys move through the rows, Enter opens the person.
 * Only the rows in view are drawn, and only the pages they need are fetched.
 */
export function PeopleTable({
  filter,
  total,
  onSort,
}: {
  filter: PeopleFilter
  total: number
  onSort(sort: SortKey): void
}) {
  const navigate = useNavigate()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [active, setActive] = useState(0)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read every render by design
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 44,
    overscan: 12,
  })
  const items = virtualizer.getVirtualItems()
  const pages = usePeoplePages(filter, items[0]?.index ?? 0, items.at(-1)?.index ?? 0)
  const activeIndex = Math.min(active, Math.max(0, total - 1))
  const isActiveDrawn = items.some((item) => item.index === activeIndex)

  const open = (index: number) => {
    const person = pages.rowAt(index)
    if (person) void navigate(`/people/${person.ref}`)
  }
  const move = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index))
    setActive(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 }
    if (event.key in step) move(activeIndex + step[event.key]!)
    else if (event.key === 'Home') move(0)
    else if (event.key === 'End') move(total - 1)
    else if (event.key === 'Enter') open(activeIndex)
    else return
    event.preventDefault()
  }

  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div className="cb-people-scroll" ref={scrollRef}>
      <table
        className="cb-people-table"
        role="grid"
        aria-label="People"
        aria-rowcount={total + 1}
        aria-describedby="people-keys"
        aria-activedescendant={isActiveDrawn ? ROW_ID(activeIndex) : undefined}
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="people-table"
      >
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column.key} className={column.className} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const isSorted = column.sort === filter.sort
              const direction = filter.direction === 'asc' ? 'ascending' : 'descending'
              return (
                <th key={column.key} scope="col" aria-sort={isSorted ? direction : undefined}>
                  {column.sort ? (
                    <UnstyledButton className="cb-sort" onClick={() => onSort(column.sort!)}>
                      {column.label}
                      <span aria-hidden="true" className="cb-sort-mark">
                        {isSorted ? (filter.direction === 'asc' ? ' ▲' : ' ▼') : ' ↕'}
                      </span>
                    </UnstyledButton>
                  ) : (
                    column.label
                  )}
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="cb-spacer">
              <td colSpan={COLUMNS.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const person = pages.rowAt(item.index)
            return (
              <tr
                key={item.key}
                id={ROW_ID(item.index)}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-ref={person?.ref}
                aria-rowindex={item.index + 2}
                aria-selected={item.index === activeIndex}
                className={item.index === activeIndex ? 'cb-row-active' : undefined}
                onClick={() => {
                  setActive(item.index)
                  open(item.index)
                }}
              >
                <Cells person={person} />
              </tr>
            )
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="cb-spacer">
              <td colSpan={COLUMNS.length} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
