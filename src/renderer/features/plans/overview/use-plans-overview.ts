import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { callApi } from '../../../lib/api-client'
import { plansKeys } from '../plans-keys'
import { type ReviewWeeks, DEFAULT_REVIEW_WEEKS, reviewWeeksFrom } from './overview-words'

/** How many plans each section asks for; a full section says there may be more. */
export const OVERVIEW_LIMIT = 200

/**
 * Plans needing attention across everyone. Always fetched afresh when the page opens (a plan may
 * have moved on in its own page a moment ago); the previous answer stays on screen meanwhile.
 */
export function usePlansOverview(weeks: ReviewWeeks, keyWorkerId: number | null) {
  return useQuery({
    queryKey: plansKeys.overview(weeks, keyWorkerId),
    queryFn: () =>
      callApi('plans.overview', {
        reviewWithinDays: weeks * 7,
        limit: OVERVIEW_LIMIT,
        keyWorkerId: keyWorkerId ?? undefined,
      }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

/** The review window lives in the address (#/plans?reviews=12), so coming back from a plan keeps it. */
export function useReviewWeeks(): [ReviewWeeks, (weeks: ReviewWeeks) => void] {
  const [params, setParams] = useSearchParams()
  const weeks = reviewWeeksFrom(params.get('reviews'))
  const change = (next: ReviewWeeks) => {
    const out = new URLSearchParams(params)
    if (next === DEFAULT_REVIEW_WEEKS) out.delete('reviews')
    else out.set('reviews', String(next))
    setParams(out, { replace: true })
  }
  return [weeks, change]
}

/** "Only my people" lives in the address too (#/plans?mine=1). */
export function useOnlyMine(): [boolean, (isMine: boolean) => void] {
  const [params, setParams] = useSearchParams()
  const change = (isMine: boolean) => {
    const out = new URLSearchParams(params)
    if (isMine) out.set('mine', '1')
    else out.delete('mine')
    setParams(out, { replace: true })
  }
  return [params.get('mine') === '1', change]
}
