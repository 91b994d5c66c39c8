import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import type { PersonRecord } from '../../../shared/contract/people-schemas'
import { peopleKeys, recordChanged } from './people-keys'
import type { PeopleFilter } from './use-people-list'

const filter: PeopleFilter = { sort: 'name', direction: 'asc' }
const cached = {
  firstPage: peopleKeys.page(filter, 0),
  activePage: peopleKeys.page({ ...filter, status: 'active' }, 3),
  search: peopleKeys.search('quayle'),
  record: peopleKeys.detail('C-000001'),
  otherRecord: peopleKeys.detail('C-000002'),
  notes: peopleKeys.noteList('C-000001', 50),
  noteSearch: peopleKeys.noteSearch('C-000001', 'biscuit'),
  otherNotes: peopleKeys.noteList('C-000002', 50),
}
type Cached = keyof typeof cached

/** A cache holding one answer for every key above, none of them stale yet. */
function cacheWithEverything(): QueryClient {
  const client = new QueryClient()
  for (const key of Object.values(cached)) client.setQueryData(key, { from: 'before' })
  return client
}

function reloading(client: QueryClient): Cached[] {
  const isStale = (key: QueryKey) => client.getQueryState(key)?.isInvalidated === true
  return (Object.keys(cached) as Cached[]).filter((name) => isStale(cached[name]))
}

describe('people query keys: what reloads after what', () => {
  it('after a change returning the record: every list page and search, not the records or notes', async () => {
    const client = cacheWithEverything()
    const record = { summary: { ref: 'C-000001' } } as PersonRecord
    await recordChanged(client, record)
    expect(reloading(client)).toEqual(['firstPage', 'activePage', 'search'])
    expect(client.getQueryData(cached.record)).toEqual(record)
  })

  it('after an import (the lists): the list pages and searches, and no record (opening one is audited)', async () => {
    const client = cacheWithEverything()
    await client.invalidateQueries({ queryKey: peopleKeys.lists() })
    expect(reloading(client)).toEqual(['firstPage', 'activePage', 'search'])
  })

  it('after a note: that person’s notes list and note searches only', async () => {
    const client = cacheWithEverything()
    await client.invalidateQueries({ queryKey: peopleKeys.notes('C-000001') })
    expect(reloading(client)).toEqual(['notes', 'noteSearch'])
  })

  it('after a change to part of a record: that record only', async () => {
    const client = cacheWithEverything()
    await client.invalidateQueries({ queryKey: peopleKeys.detail('C-000001') })
    expect(reloading(client)).toEqual(['record'])
  })
})
