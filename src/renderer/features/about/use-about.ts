import { useQuery } from '@tanstack/react-query'
import { callApi } from '../../lib/api-client'
import { aboutKeys } from './about-keys'

/** Casebook's version and where its data file is. */
export function useAbout() {
  return useQuery({ queryKey: aboutKeys.details(), queryFn: () => callApi('app.about', {}) })
}
