import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from 'react-router'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import type { RouteInput, RouteName, RouteOutput } from '../../../shared/contract/routes'
import { useCan, useSession } from '../../app/use-session'
import { callApi } from '../../lib/api-client'

export const PEOPLE_KEY = ['clients'] as const
export const personKey = (ref: string) => ['client', ref] as const
export const notesKey = (ref: string) => ['notes', ref] as const
export const plansKey = (ref: string) => ['plans', ref] as const

/** Whether the signed-in role may change people's records (the backend refuses the others anyway). */
export function useCanEditPeople(): boolean {
  return useCan('people.edit')
}

/** The person's reference from the address (#/people/C-000123/…), upper-cased. */
export function usePersonRef(): string {
  return (useParams().ref ?? '').toUpperCase()
}

/** A person's record as the signed-in role may see it. Each opening is audited by the backend. */
export function usePerson(ref: string) {
  return useQuery({
    queryKey: personKey(ref),
    queryFn: () => callApi('people.get', { ref }),
    enabled: /^C-\d{6}$/.test(ref),
  })
}

export function useStaff() {
  return useQuery({
    queryKey: ['staff'],
    queryFn: () => callApi('staff.list', {}),
    staleTime: 5 * 60_000,
  })
}

/**
 * The signed-in person's staff id when they can have a caseload (advisers, coordinators and
 * administrators who are active staff), for "Only my people"; null otherwise.
 */
export function useMyCaseloadId(): number | null {
  const me = useSession().session.user
  const staff = useStaff()
  const mayHaveCaseload = useCan('people.haveCaseload')
  if (!me || !mayHaveCaseload) return null
  return (staff.data ?? []).some((s) => s.id === me.id) ? me.id : null
}

export function useCouncils() {
  return useQuery({
    queryKey: ['councils'],
    queryFn: () => callApi('councils.list', {}),
    staleTime: 5 * 60_000,
  })
}

type RecordWrite = 'people.update' | 'people.setStatus' | 'people.saveProfile' | 'people.create'

/** A change that returns the whole record: the cached record is replaced, lists reload. */
export function useRecordMutation<N extends RecordWrite & RouteName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input) as Promise<PersonRecord>,
    onSuccess: async (record) => {
      queryClient.setQueryData(personKey(record.summary.ref), record)
      await queryClient.invalidateQueries({ queryKey: PEOPLE_KEY })
    },
  })
}

type PartWrite =
  | 'circle.add'
  | 'circle.update'
  | 'circle.archive'
  | 'circle.restore'
  | 'consents.add'
  | 'consents.withdraw'
  | 'sharing.save'
  | 'referrals.add'
  | 'referrals.update'

/** A change to part of a record (circle, consents, referrals, sharing): the record reloads. */
export function usePartMutation<N extends PartWrite & RouteName>(name: N, ref: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input) as Promise<RouteOutput<N>>,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: personKey(ref) }),
  })
}
