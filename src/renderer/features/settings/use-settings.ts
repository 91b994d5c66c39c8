import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RouteInput } from '../../../shared/contract/routes'
import { callApi } from '../../lib/api-client'

export const SETTINGS_KEY = ['settings'] as const
export const BACKUP_STATUS_KEY = ['backup-status'] as const

export function useSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: () => callApi('settings.get', {}) })
}

export function useUpdateSettings() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: RouteInput<'settings.update'>) => callApi('settings.update', input),
    onSuccess: (settings) => {
      queryClient.setQueryData(SETTINGS_KEY, settings)
      return queryClient.invalidateQueries({ queryKey: BACKUP_STATUS_KEY })
    },
  })
}

export function useBackupStatus() {
  return useQuery({ queryKey: BACKUP_STATUS_KEY, queryFn: () => callApi('backup.status', {}) })
}
