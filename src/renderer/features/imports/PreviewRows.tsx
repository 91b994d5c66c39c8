import { Checkbox, List, Text } from '@mantine/core'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import type { ImportPreview, ImportRow } from '../../../shared/contract/imports-routes'
import { WarningIcon } from '../../components/icons'

function Problems({ row, labels }: { row: ImportRow; labels: Map<string, string> }) {
  if (row.problems.length === 0) return <Text size="sm">Ready</Text>
  return (
    <List size="sm" spacing={2} className="cb-row-problems">
      {row.problems.map((p, i) => (
        <List.Item key={i} icon={<WarningIcon />}>
          {p.kind === 'duplicate' ? 'Likely duplicate: ' : 'Problem: '}
          {p.field && !p.message.startsWith(labels.get(p.field) ?? p.field)
            ? `${labels.get(p.field) ?? p.field}: `
            : ''}
          {p.message}
        </List.Item>
      ))}
    </List>
  )
}

/**
 * Every row of the file with its problems, and a "leave out" tick for each. Only the rows in view
 * are drawn, so a file of thousands of people stays quick.
 */
export function PreviewRows({
  preview,
  rows,
  excluded,
  onToggle,
}: {
  preview: ImportPreview
  rows: readonly ImportRow[]
  excluded: ReadonlySet<number>
  onToggle(rowNumber: number, isExcluded: boolean): void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const labels = new Map(preview.fields.map((f) => [f.key as string, f.label]))
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser is read every render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 48,
    overscan: 10,
  })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  const value = (row: ImportRow, key: string) => row.values[key] ?? ''
  return (
    <div
      className="cb-people-scroll cb-import-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Rows of the file"
    >
      <table
        className="cb-people-table cb-import-table"
        data-testid="import-rows"
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          <col className="cb-col-leave" />
          <col className="cb-col-row" />
          <col />
          <col className="cb-col-date" />
          <col className="cb-col-postcode" />
          <col className="cb-col-problems" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">Leave out</th>
            <th scope="col">Row</th>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Postcode</th>
            <th scope="col">Problems</th>
          </tr>
        </thead>
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="cb-spacer">
              <td colSpan={6} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!
            const isOut = excluded.has(row.rowNumber)
            return (
              <tr
                key={row.rowNumber}
                ref={virtualizer.measureElement}
                data-index={item.index}
                data-row={row.rowNumber}
                aria-rowindex={item.index + 2}
                className={
                  isOut ? 'cb-row-excluded' : row.problems.length ? 'cb-row-problem' : undefined
                }
              >
                <td>
                  <Checkbox
                    aria-label={`Leave out row ${row.rowNumber}`}
                    checked={isOut}
                    onChange={(e) => onToggle(row.rowNumber, e.currentTarget.checked)}
                  />
                </td>
                <td>{row.rowNumber}</td>
                <td>
                  {[value(row, 'legalGivenName'), value(row, 'legalFamilyName')].join(' ').trim() ||
                    '—'}
                  {isOut && (
                    <Text size="xs" fw={600}>
                      Left out
                    </Text>
                  )}
                </td>
                <td>{value(row, 'dateOfBirth')}</td>
                <td>{value(row, 'postcode')}</td>
                <td>
                  <Problems row={row} labels={labels} />
                </td>
              </tr>
            )
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="cb-spacer">
              <td colSpan={6} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
