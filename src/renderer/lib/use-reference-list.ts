import { type QueryKey, useQuery } from '@tanstack/react-query'

/**
 * A short list that changes rarely and that many forms pick from (staff, councils): asked for
 * again at most every five minutes.
 */
export function useReferenceList<T>(queryKey: QueryKey, queryFn: () => Promise<T>) {
  return useQuery({ queryKey, queryFn, staleTime: 5 * 60_000 })
}
