import { quickSearch, searchPeopleByName } from '../../src/main/people/quick-search-service'
import type { SqliteDb } from '../../src/main/db/sqlite-file'
import { searchNotes } from '../../src/main/notes/note-repository'
import type { Viewer } from '../../src/main/notes/note-visibility'
import { normalisePostcode } from '../../src/shared/validation/postcode'
import {
  type CapturedQuery,
  capturingKysely,
  explainQueryPlan,
  type QueryPlan,
} from '../lib/query-plan'

/**
 * The query plans the search suite checks (EXPLAIN QUERY PLAN of what the app's own functions send,
 * captured through a logging kysely, and of the suite's hand-written baselines).
 */

/** The search and its baseline, as the suite times them. */
export interface PlannedQuery {
  readonly text: string
  /** The FTS5 MATCH string the app makes of `text`. */
  readonly match: string
}

type Lookup = { column: string; operator: '=' | '>='; input: string }

function lookupInputs(sqlite: SqliteDb, people: number): Record<string, Lookup> {
  const middle = Math.floor(people / 2)
  const one = (sql: string): string => {
    const row = sqlite.prepare(sql).pluck().get(middle)
    if (typeof row !== 'string') throw new Error(`No seeded value for: ${sql}`)
    return row
  }
  const postcode = sqlite
    .prepare(`SELECT postcode FROM clients WHERE postcode IS NOT NULL ORDER BY id`)
    .pluck()
    .all()
    .find((p) => typeof p === 'string' && normalisePostcode(p) === p) as string | undefined
  if (!postcode) throw new Error('No seeded postcode is in the form quickSearch looks up.')
  return {
    ref: {
      column: 'ref',
      operator: '=',
      input: one(`SELECT ref FROM clients ORDER BY id LIMIT 1 OFFSET ?`),
    },
    nhsNumber: {
      column: 'nhs_number',
      operator: '=',
      input: one(
        `SELECT nhs_number FROM clients WHERE nhs_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?`,
      ),
    },
    postcode: { column: 'postcode', operator: '=', input: postcode },
    // A sector, as typed: "HD1 4".
    postcodeStart: { column: 'postcode', operator: '>=', input: postcode.slice(0, -2) },
  }
}

/**
 * The plans of what quickSearch sends for a reference, an NHS number, a postcode and the start of
 * one (captured from quickSearch itself); of the name search (prefixes, then the index's words
 * near a typo and the search with them); of note search; and of the hand-written baselines.
 */
export async function searchQueryPlans(
  sqlite: SqliteDb,
  options: {
    readonly people: number
    readonly viewer: Viewer
    readonly sample: {
      readonly name: PlannedQuery
      readonly typo: string
      readonly note: PlannedQuery
    }
    readonly sql: { readonly names: string; readonly notes: string }
    readonly limits: { readonly names: number; readonly notes: number }
  },
) {
  const { viewer, sample, sql, limits } = options
  const capture = capturingKysely(sqlite)
  const explain = (q: CapturedQuery) => explainQueryPlan(sqlite, q.sql, q.parameters)
  const quickSearchLookups: Record<string, QueryPlan & { input: string }> = {}
  for (const [key, { column, operator, input }] of Object.entries(
    lookupInputs(sqlite, options.people),
  )) {
    capture.take()
    const found = await quickSearch(capture.db, input, limits.names)
    const lookup = capture.take().find((q) => q.sql.includes(`"clients"."${column}" ${operator} ?`))
    if (!lookup) throw new Error(`quickSearch("${input}") did not look up clients.${column}.`)
    if (found.length === 0) throw new Error(`quickSearch("${input}") found nobody.`)
    quickSearchLookups[key] = { input, ...explain(lookup) }
  }
  const sent = async (run: () => Promise<unknown>): Promise<CapturedQuery[]> => {
    capture.take()
    await run()
    return capture.take()
  }
  // The last statement is the search itself (note search first counts matches, up to a limit).
  const last = (queries: CapturedQuery[]): QueryPlan => {
    const query = queries[queries.length - 1]
    if (!query) throw new Error('The search sent no statement.')
    return explain(query)
  }
  const typoSearch = await sent(() => searchPeopleByName(capture.db, sample.typo, limits.names))
  const nameTerms = typoSearch.find((q) => q.sql.includes('clients_fts_terms'))
  if (!nameTerms) throw new Error(`Searching "${sample.typo}" did not look for near spellings.`)
  return {
    quickSearchLookups,
    repository: {
      names: last(await sent(() => searchPeopleByName(capture.db, sample.name.text, limits.names))),
      nameTerms: explain(nameTerms),
      namesWithTypos: last(typoSearch),
      notes: last(
        await sent(() =>
          searchNotes(capture.db, sample.note.text, viewer, { limit: limits.notes }),
        ),
      ),
    },
    direct: {
      names: explainQueryPlan(sqlite, sql.names, [sample.name.match]),
      notes: explainQueryPlan(sqlite, sql.notes, [sample.note.match, viewer.id]),
    },
  }
}
