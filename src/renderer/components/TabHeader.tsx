import { Text } from '@mantine/core'
import type { ReactNode } from 'react'
import { Heading } from './PageHeader'

/** The heading of one tab of a record (the record's name is the page's h1), and the window title. */
export function TabHeader(props: {
  title: string
  windowTitle: string
  description?: ReactNode
  actions?: ReactNode
}) {
  return <Heading level={2} {...props} />
}

/** A read-only list of labelled facts, two columns on a wide window. */
export function Facts({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <dl className="cb-facts">
      {items.map(([label, value]) => (
        <div key={label} className="cb-fact">
          <dt>{label}</dt>
          <dd>{value === '' || value === null || value === undefined ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** Shown in place of a part of a record the signed-in role may not see. */
export function NotForYourRole({ what }: { what: string }) {
  return (
    <Text data-testid="not-for-role">
      Not available to your role. {what} can be seen by advisers, coordinators and administrators.
    </Text>
  )
}
