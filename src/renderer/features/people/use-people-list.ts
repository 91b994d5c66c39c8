import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { PersonSummary } from '../../../shared/contract/people-schemas'
import type { RouteInput } from '../../../shared/contract/routes'
import { PersonStatus, isCode } from '../../../shared/reference'
import { callApi } from '../../lib/api-client'
import { peopleKeys } from './people-keys'

export const PAGE_SIZE = 200

export type SortKey = 'name' | 'ref' | 'status' | 'dateOfBirth'
export type FlagFilter = 'safeguarding' | 'financial' | 'capacity'

export interface PeopleFilter {
  readonly status?: RouteInput<'people.list'>['status']
  readonly keyWorkerId?: number
  readonly flag?: FlagFilter
  readonly sort: SortKey
  readonly direction: 'asc' | 'desc'
}

const SORTS: readonly SortKey[] = ['name', 'ref', 'status', 'dateOfBirth']
const FLAGS: readonly FlagFilter[] = ['safeguarding', 'financial', 'capacity']

/**
 * The list's filter and sort live in the address (#/people?status=active&sort=ref), so a filtered
 * list can be bookmarked and coming back from a person keeps it.
 */
export function usePeopleFilter(): [PeopleFilter, (change: Partial<PeopleFilter>) => void] {
  const [params, setParams] = useSearchParams()
  const filter = useMemo<PeopleFilter>(() => {
    const status = params.get('status')
    const keyWorker = Number(params.get('keyWorker'))
    const flag = params.get('flag') as FlagFilter | null
    const sort = params.get('sort') as SortKey | null
    return {
      status: isCode(PersonStatus, status) ? status : undefined,
      keyWorkerId: Number.isInteger(keyWorker) && keyWorker > 0 ? keyWorker : undefined,
      flag: flag && FLAGS.includes(flag) ? flag : undefined,
      sort: sort && SORTS.includes(sort) ? sort : 'name',
      direction: params.get('direction') === 'desc' ? 'desc' : 'asc',
    }
  }, [params])
  const change = (next: Partial<PeopleFilter>) => {
    const merged = { ...filter, ...next }
    const out = new URLSearchParams()
    if (merged.status) out.set('status', merged.status)
    if (merged.keyWorkerId) out.set('keyWorker', String(merged.keyWorkerId))
    if (merged.flag) out.set('flag', merged.flag)
    if (merged.sort !== 'name') out.set('sort', merged.sort)
    if (merged.direction !== 'asc') out.set('direction', merged.direction)
    setParams(out, { replace: true })
  }
  return [filter, change]
}

function pageQuery(filter: PeopleFilter, page: number) {
  return {
    queryKey: peopleKeys.page(filter, page),
    queryFn: () =>
      callApi('people.list', { ...filter, offset: page * PAGE_SIZE, limit: PAGE_SIZE }),
  }
}

/** How many people match the filter (from the first page, which every view needs anyway). */
export function usePeopleTotal(filter: PeopleFilter) {
  return useQuery(pageQuery(filter, 0))
}

/**
 * Fetches the list a page at a time, only the pages the visible rows need (there can be tens of
 * thousands of people). The first page is always asked for: it brings the total.
 */
export function usePeoplePages(filter: PeopleFilter, firstRow: number, lastRow: number) {
  const pages = useMemo(() => {
    const set = new Set<number>([0])
    for (let p = Math.floor(firstRow / PAGE_SIZE); p <= Math.floor(lastRow / PAGE_SIZE); p++) {
      set.add(p)
    }
    return [...set]
  }, [firstRow, lastRow])
  const results = useQueries({
    queries: pages.map((page) => pageQuery(filter, page)),
  })
  const byPage = new Map<number, readonly PersonSummary[]>()
  results.forEach((result, i) => {
    if (result.data) byPage.set(pages[i]!, result.data.rows)
  })
  return {
    error: results.find((r) => r.error)?.error ?? null,
    rowAt(index: number): PersonSummary | undefined {
      return byPage.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
    },
  }
}
