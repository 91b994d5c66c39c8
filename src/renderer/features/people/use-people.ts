import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useParams } from 'react-router'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import type { RouteInput, RouteName, RouteOutput } from '../../../shared/contract/routes'
import { useCan, useSession } from '../../app/use-session'
import { callApi } from '../../lib/api-client'
import { useStaff } from '../users/use-users'
import { peopleKeys, recordChanged } from './people-keys'

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
    queryKey: peopleKeys.detail(ref),
    queryFn: () => callApi('people.get', { ref }),
    enabled: /^C-\d{6}$/.test(ref),
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

type RecordWrite = 'people.update' | 'people.setStatus' | 'people.saveProfile' | 'people.create'

/** A change that returns the whole record: the cached record is replaced, lists reload. */
export function useRecordMutation<N extends RecordWrite & RouteName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input) as Promise<PersonRecord>,
    onSuccess: (record) => recordChanged(queryClient, record),
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
    onSuccess: () => queryClient.invalidateQueries({ queryKey: peopleKeys.detail(ref) }),
  })
}
