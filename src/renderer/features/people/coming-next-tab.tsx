import type { PersonTab } from '../../app/feature-types'
import { ComingNextPanel } from '../../components/ComingNextPanel'
import { TabHeader } from '../../components/TabHeader'
import { usePersonRecord } from './PersonLayout'

function ComingNextTab({ title, points }: { title: string; points: readonly string[] }) {
  const record = usePersonRecord()
  return (
    <>
      <TabHeader
        title={title}
        windowTitle={`${record.summary.displayName} · ${title}`}
        description="Coming next."
      />
      <ComingNextPanel
        heading="What this tab will show"
        points={points}
        footnote="This part of Casebook is being built. Budgets agreed in support plans are on the Plans tab now."
      />
    </>
  )
}

/** A tab on a person's page for an area not built yet, saying what it will show. */
export function comingNextTab(tab: {
  path: string
  label: string
  order: number
  points: readonly string[]
}): PersonTab {
  const { points, ...place } = tab
  return { ...place, element: <ComingNextTab title={tab.label} points={points} /> }
}
