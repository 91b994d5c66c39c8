import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RouteInput, RouteName } from '../../../shared/contract/routes'
import { callApi } from '../../lib/api-client'

export const USERS_KEY = ['users'] as const

export function useUsers() {
  return useQuery({ queryKey: USERS_KEY, queryFn: () => callApi('users.list', {}) })
}

type UserWrite =
  'users.add' | 'users.setRole' | 'users.disable' | 'users.enable' | 'users.resetPassword'

/** A change to a login; the list reloads afterwards. */
export function useUserMutation<N extends UserWrite & RouteName>(name: N) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<N>) => callApi(name, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_KEY }),
  })
}
