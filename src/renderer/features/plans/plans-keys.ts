import { type QueryClient, hashKey } from '@tanstack/react-query'
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import type { ReviewWeeks } from './overview/overview-words'

const all = ['plans'] as const
const versions = () => [...all, 'version'] as const
const version = (planRef: string) => [...versions(), planRef.toUpperCase()] as const

/** The plans feature's query keys: each person's plan list, each plan version, the overview. */
export const plansKeys = {
  all,
  ofPerson: (ref: string) => [...all, 'person', ref] as const,
  versions,
  version,
  overview: (weeks: ReviewWeeks, keyWorkerId: number | null) =>
    [...all, 'overview', weeks, keyWorkerId] as const,
}

/**
 * After a change that returns a plan version: it replaces the cached version; the person's plan
 * list reloads, and so does every other cached version (activating one supersedes the one before).
 */
export async function planChanged(queryClient: QueryClient, plan: PlanVersion): Promise<void> {
  queryClient.setQueryData(version(plan.ref), plan)
  await queryClient.invalidateQueries({ queryKey: plansKeys.ofPerson(plan.personRef) })
  const changed = hashKey(version(plan.ref))
  await queryClient.invalidateQueries({
    queryKey: versions(),
    predicate: (query) => query.queryHash !== changed,
  })
}
