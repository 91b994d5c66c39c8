import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../lib/api-client'

/**
 * One query client for the app. Refused calls are answers, not network blips: they are never
 * retried, and data is not refetched just because the window regained focus.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (count, error) => !(error instanceof ApiError) && count < 1,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
      mutations: { retry: false },
    },
  })
}
