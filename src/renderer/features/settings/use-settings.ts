import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../shared/contract/routes'
import { callApi } from '../../lib/api-client'
import { useReferenceList } from '../../lib/use-reference-list'
import { settingsKeys } from './settings-keys'

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.values(), queryFn: () => callApi('settings.get', {}) })
}

/** The councils the organisation works with, for pickers on people's records. */
export function useCouncils() {
  return useReferenceList(settingsKeys.councils(), () => callApi('councils.list', {}))
}

export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<'settings.update'>) => callApi('settings.update', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(settingsKeys.values(), settings)
      // The councils list the people forms pick from is its own query: saved councils reach it too.
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.backupStatus() }),
        queryClient.invalidateQueries({ queryKey: settingsKeys.councils() }),
      ])
    },
  })
}

export function useBackupStatus() {
  return useQuery({
    queryKey: settingsKeys.backupStatus(),
    queryFn: () => callApi('backup.status', {}),
  })
}
