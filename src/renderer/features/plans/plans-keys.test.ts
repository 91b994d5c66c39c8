import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import { planChanged, plansKeys } from './plans-keys'

const cached = {
  plans: plansKeys.ofPerson('C-000001'),
  otherPersonsPlans: plansKeys.ofPerson('C-000002'),
  changedVersion: plansKeys.version('C-000001/P1v2'),
  earlierVersion: plansKeys.version('C-000001/P1v1'),
  otherPersonsVersion: plansKeys.version('C-000002/P1v1'),
  overview: plansKeys.overview(12, null),
}
type Cached = keyof typeof cached

function reloading(client: QueryClient): Cached[] {
  const isStale = (key: QueryKey) => client.getQueryState(key)?.isInvalidated === true
  return (Object.keys(cached) as Cached[]).filter((name) => isStale(cached[name]))
}

describe('plans query keys: what reloads after a plan changes', () => {
  it('the person’s plan list and every other cached version; the changed version is replaced', async () => {
    const client = new QueryClient()
    for (const key of Object.values(cached)) client.setQueryData(key, { from: 'before' })
    // Addresses may carry the reference in lower case; the cache keeps one entry per version.
    const plan = { ref: 'c-000001/p1v2', personRef: 'C-000001' } as PlanVersion
    await planChanged(client, plan)
    expect(reloading(client)).toEqual(['plans', 'earlierVersion', 'otherPersonsVersion'])
    expect(client.getQueryData(cached.changedVersion)).toEqual(plan)
  })
})
