import type { QueryClient } from '@tanstack/react-query'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import type { PeopleFilter } from './use-people-list'

const all = ['people'] as const
const lists = () => [...all, 'list'] as const
const notes = (ref: string) => [...all, 'notes', ref] as const

/**
 * The people feature's query keys. Every list and search of people sits under `lists()`, so one
 * invalidation reloads them all; a person's record sits apart, because each opening of a record is
 * audited and should not happen again just because a list changed.
 */
export const peopleKeys = {
  all,
  lists,
  /** One page of the People list (`PAGE_SIZE` rows) for a filter. */
  page: (filter: PeopleFilter, page: number) => [...lists(), 'page', filter, page] as const,
  search: (text: string) => [...lists(), 'search', text] as const,
  detail: (ref: string) => [...all, 'detail', ref] as const,
  /** A person's case notes: the list and the searches in them, reloaded together after a note. */
  notes,
  noteList: (ref: string, limit: number) => [...notes(ref), 'list', limit] as const,
  noteSearch: (ref: string, text: string) => [...notes(ref), 'search', text] as const,
}

/** After a change that returns the whole record: the cached record is replaced, lists reload. */
export function recordChanged(queryClient: QueryClient, record: PersonRecord): Promise<void> {
  queryClient.setQueryData(peopleKeys.detail(record.summary.ref), record)
  return queryClient.invalidateQueries({ queryKey: peopleKeys.lists() })
}
