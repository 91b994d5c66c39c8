import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RouteInput, RouteName } from '../../../shared/contract/routes'
import { callApi } from '../../lib/api-client'
import { useReferenceList } from '../../lib/use-reference-list'
import { usersKeys } from './users-keys'

export function useUsers() {
  return useQuery({ queryKey: usersKeys.list(), queryFn: () => callApi('users.list', {}) })
}

/** The staff people can be assigned to (key workers), for pickers and filters elsewhere. */
export function useStaff() {
  return useReferenceList(usersKeys.staff(), () => callApi('staff.list', {}))
}

type UserWrite =
  | 'users.add'
  | 'users.setRole'
  | 'users.disable'
  | 'users.enable'
  | 'users.resetPassword'
  | 'users.resetSecondFactor'

/** A change to a login; the logins and the staff list others pick from reload afterwards. */
export function useUserMutation<N extends UserWrite & RouteName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  })
}
