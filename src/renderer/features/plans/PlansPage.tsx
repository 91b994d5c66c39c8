import { Alert, Anchor, Button, Chip, SegmentedControl, Stack, Text } from '@mantine/core'
import { Link } from 'react-router'
import { localIsoDate } from '../../../shared/dates'
import { PageHeader } from '../../components/PageHeader'
import { messageOf } from '../../lib/api-client'
import { formatDate, plural } from '../../lib/format'
import { OverviewSection, type OverviewSectionProps } from './overview/OverviewSection'
import type { WhenColumn } from './overview/OverviewTable'
import {
  type ReviewWeeks,
  REVIEW_WEEKS,
  agoInWords,
  dueInWords,
  localDateOf,
  relativeInWords,
  waitedInWords,
} from './overview/overview-words'
import { useOnlyMine, usePlansOverview, useReviewWeeks } from './overview/use-plans-overview'
import { useMyCaseloadId } from '../people/use-people'
import { goToSection } from './plan-labels'
import './overview/overview.css'

function DateAndWords({ date, words }: { date: string; words: string }) {
  return (
    <>
      <Text size="sm" fw={600}>
        {formatDate(date)}
      </Text>
      <Text size="sm">{words}</Text>
    </>
  )
}

function ReviewWeeksControl({
  weeks,
  onChange,
}: {
  weeks: ReviewWeeks
  onChange(weeks: ReviewWeeks): void
}) {
  return (
    <div className="cb-overview-control">
      <Text size="sm" fw={600} id="review-weeks-label">
        Show reviews due in the next
      </Text>
      <SegmentedControl
        aria-labelledby="review-weeks-label"
        size="sm"
        value={String(weeks)}
        onChange={(value) => onChange(Number(value) as ReviewWeeks)}
        data={REVIEW_WEEKS.map((w) => ({ value: String(w), label: `${w} weeks` }))}
      />
    </div>
  )
}

/**
 * Plans that need something doing, across everyone: drafts to finish, plans waiting for the
 * council's decision, approved plans not yet active, and reviews coming up. Each person's full list
 * of plans stays in their Plans tab.
 */
export function PlansPage() {
  const [weeks, setWeeks] = useReviewWeeks()
  const [onlyMine, setOnlyMine] = useOnlyMine()
  const myId = useMyCaseloadId()
  const overview = usePlansOverview(weeks, onlyMine ? myId : null)
  const data = overview.data
  const today = localIsoDate(new Date())

  const draftSince: WhenColumn = {
    heading: 'Draft since',
    render: (item) => {
      const date = localDateOf(item.statusChangedAt)
      return <DateAndWords date={date} words={agoInWords(date, today)} />
    },
  }
  const waiting: WhenColumn = {
    heading: 'Waiting',
    render: (item) => {
      const since = localDateOf(item.statusChangedAt)
      return (
        <>
          <Text size="sm" fw={600}>
            {waitedInWords(since, today)}
          </Text>
          <Text size="sm">since {formatDate(since)}</Text>
        </>
      )
    },
  }
  const starts: WhenColumn = {
    heading: 'Plan starts',
    render: (item) =>
      item.startDate ? (
        <DateAndWords date={item.startDate} words={relativeInWords(item.startDate, today)} />
      ) : (
        'Not set'
      ),
  }
  const reviewDue: WhenColumn = {
    heading: 'Review due',
    render: (item) =>
      item.nextReviewDue ? (
        <DateAndWords date={item.nextReviewDue} words={dueInWords(item.nextReviewDue, today)} />
      ) : (
        'Not set'
      ),
  }

  // While another review window loads, the old reviews are not shown under the new heading.
  const reviews = overview.isPlaceholderData ? undefined : data?.reviewsDue
  const sections: readonly OverviewSectionProps[] = [
    {
      id: 'plans-drafts',
      title: 'Drafts to finish',
      description:
        'Plans still being written. Finish them with the person, then submit them to the council.',
      items: data?.drafts,
      empty: 'No drafts.',
      when: draftSince,
    },
    {
      id: 'plans-waiting',
      title: 'Waiting for a decision',
      description:
        'Submitted to the council or at the funding panel. The longest waiting are first.',
      items: data?.awaitingDecision,
      empty: 'No plans are waiting for a decision.',
      when: waiting,
    },
    {
      id: 'plans-approved',
      title: 'Approved, not yet active',
      description: 'Approved by the funding panel. Make each one active when the support starts.',
      items: data?.approvedNotActive,
      empty: 'No approved plans are waiting to start.',
      when: starts,
    },
    {
      id: 'plans-reviews',
      title: `Reviews due in the next ${weeks} weeks`,
      description: (
        <span aria-live="polite">
          Active plans whose next review falls in this time, soonest first.
          {reviews &&
            (reviews.length === 0 ? ' None at the moment.' : ` ${plural(reviews.length, 'plan')}.`)}
        </span>
      ),
      control: <ReviewWeeksControl weeks={weeks} onChange={setWeeks} />,
      items: reviews,
      empty: `No reviews due in the next ${weeks} weeks.`,
      when: reviewDue,
    },
  ]

  return (
    <>
      <PageHeader
        title="Plans"
        description={
          <>
            Support plans across everyone you support that need something doing. To start a new plan
            or see all of someone’s plans, open the person (Ctrl+K, or from{' '}
            <Anchor component={Link} to="/people" underline="always">
              People
            </Anchor>
            ) and go to their Plans tab.
          </>
        }
        actions={
          myId !== null && (
            <Chip checked={onlyMine} onChange={setOnlyMine} variant="outline">
              Only my people
            </Chip>
          )
        }
      />
      {overview.isError && (
        <Alert color="red" role="alert" title="Could not load the plans" mb="md">
          {messageOf(overview.error)}
        </Alert>
      )}
      {/* Nothing to show when the plans could not be read: the alert above says why. */}
      {!(overview.isError && !data) && (
        <Stack gap="xl">
          <nav aria-label="Parts of this page">
            <ul className="cb-overview-jump">
              {sections.map((s) => (
                <li key={s.id}>
                  <Button variant="default" size="sm" onClick={() => goToSection(s.id)}>
                    {s.title}: {s.items === undefined ? '…' : s.items.length}
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
          {sections.map((section) => (
            <OverviewSection key={section.id} {...section} />
          ))}
        </Stack>
      )}
    </>
  )
}
