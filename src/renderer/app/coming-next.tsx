import { ComingNextPanel } from '../components/ComingNextPanel'
import { PageHeader } from '../components/PageHeader'
import type { Feature, NavEntry } from './feature-types'

interface ComingNextSection extends NavEntry {
  /** Follows "Coming next: " under the section's title. */
  readonly summary: string
  readonly points: readonly string[]
}

function ComingNextPage({ section }: { section: ComingNextSection }) {
  return (
    <>
      <PageHeader title={section.label} description={`Coming next: ${section.summary}`} />
      <ComingNextPanel
        heading="What this section will do"
        points={section.points}
        footnote="This part of Casebook is being built. Nothing you need today is missing from here."
      />
    </>
  )
}

/** A section not built yet: its place in the navigation, and a friendly page saying what it will do. */
export function comingNextSection(section: ComingNextSection): Feature {
  const { summary: _summary, points: _points, ...nav } = section
  return { nav, routes: [{ path: section.path, element: <ComingNextPage section={section} /> }] }
}
