import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { PlanVersion } from '../../../shared/contract/plan-schemas'
import type { RouteInput, RouteName } from '../../../shared/contract/routes'
import { callApi } from '../../lib/api-client'
import { planChanged, plansKeys } from './plans-keys'

/** "C-000123/P1v2" → "P1v2", the last part of the plan's address on the person's page. */
export function planIdOf(planRef: string): string {
  return planRef.split('/')[1] ?? planRef
}

/** Where a plan version opens: #/people/C-000123/plans/P1v2. */
export function planPath(planRef: string): string {
  const [person, id] = planRef.split('/')
  return `/people/${person}/plans/${id}`
}

export function usePlans(ref: string) {
  return useQuery({
    queryKey: plansKeys.ofPerson(ref),
    queryFn: () => callApi('plans.list', { ref }),
  })
}

export function usePlan(planRef: string) {
  return useQuery({
    queryKey: plansKeys.version(planRef),
    queryFn: () => callApi('plans.get', { planRef }),
  })
}

type PlanWrite =
  | 'plans.create'
  | 'plans.revise'
  | 'plans.saveDraft'
  | 'plans.submit'
  | 'plans.sendToPanel'
  | 'plans.recordDecision'
  | 'plans.recordAppeal'
  | 'plans.activate'
  | 'plans.end'

/** A change that returns a plan version: it replaces the cached version; the lists reload. */
export function usePlanMutation<N extends PlanWrite & RouteName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input) as Promise<PlanVersion>,
    onSuccess: (plan) => planChanged(queryClient, plan),
  })
}

/** Throws a draft away: its cached copy goes and the person's plan list reloads. */
export function useDiscardDraft(plan: PlanVersion) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => callApi('plans.discardDraft', { planRef: plan.ref }),
    onSuccess: async () => {
      queryClient.removeQueries({ queryKey: plansKeys.version(plan.ref) })
      await queryClient.invalidateQueries({ queryKey: plansKeys.ofPerson(plan.personRef) })
    },
  })
}
