import { quickSearch } from '../../src/main/people/person-service'
import { namePrefixQuery, searchPeopleByName } from '../../src/main/people/person-repository'
import type { SqliteDb } from '../../src/main/db/sqlite-file'
import {
  noteTextQuery,
  RANK_LIMIT,
  searchNotes,
  type Viewer,
} from '../../src/main/notes/note-repository'
import { normalisePostcode } from '../../src/shared/validation/postcode'
import { createBenchBackend } from '../lib/casebook-backend'
import {
  capturingKysely,
  explainQueryPlan,
  type QueryPlan,
  requireIndexes,
} from '../lib/query-plan'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import { ADVISER, SEED, seedOrganisation, signInAdviser } from '../lib/seeded-organisation'
import { namePrefixQueries, noteTextQueries } from '../lib/search-queries'
import { compare, median, summarise } from '../lib/stats'
import type { BenchSuite } from '../lib/suite'
import { nowMs, type Recorder, repeat } from '../lib/timing'

/**
 * Finding people and case notes in a seeded organisation: each query through the whole route
 * (router, validation, service, repository, output check), through the repository function alone,
 * and as hand-written SQL on the raw driver, so the cost of each layer shows. Also checks that the
 * hot lookups use indexes (EXPLAIN QUERY PLAN) and fails the run when one does not.
 */

interface Settings {
  readonly people: number
  readonly notesPerPerson: number
  readonly nameQueries: number
  readonly noteQueries: number
  /** Times each name query runs (each variant once per pass). */
  readonly namePasses: number
  readonly notePasses: number
  /** Untimed queries (every variant) before the timed ones. */
  readonly warmupQueries: number
}

const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: {
    people: 1_000,
    notesPerPerson: 10,
    nameQueries: 100,
    noteQueries: 60,
    namePasses: 2,
    notePasses: 1,
    warmupQueries: 10,
  },
  full: {
    people: 20_000,
    notesPerPerson: 25,
    nameQueries: 200,
    noteQueries: 200,
    namePasses: 3,
    notePasses: 1,
    warmupQueries: 10,
  },
}

/** The same seed gives the same queries in every run. */
const QUERY_SEED = 20_260_101
/** The routes' default limits (`people.search`, `notes.search`), used by every variant. */
const NAME_LIMIT = 20
const NOTE_LIMIT = 50

/** The hand-written baselines: the same FTS5 MATCH strings the app builds, on the raw driver. */
const SQL = {
  names: `SELECT rowid FROM clients_fts WHERE clients_fts MATCH ? ORDER BY rank LIMIT ${NAME_LIMIT}`,
  notes: `SELECT n.id AS note_id, c.ref AS client_ref, n.occurred_at, n.kind, n.subject, n.is_restricted,
            snippet(case_notes_fts, 1, '[', ']', '…', 16) AS snippet
          FROM case_notes_fts
          JOIN case_notes n ON n.id = case_notes_fts.rowid
          JOIN clients c ON c.id = n.client_id
          WHERE case_notes_fts MATCH ? AND (n.is_restricted = 0 OR n.author_id = ?)
          ORDER BY case_notes_fts.rank LIMIT ${NOTE_LIMIT}`,
  /** Broad searches (more than RANK_LIMIT matches) come back newest first, as the app does. */
  notesNewest: `SELECT n.id AS note_id, c.ref AS client_ref, n.occurred_at, n.kind, n.subject, n.is_restricted,
            snippet(case_notes_fts, 1, '[', ']', '…', 16) AS snippet
          FROM case_notes_fts
          JOIN case_notes n ON n.id = case_notes_fts.rowid
          JOIN clients c ON c.id = n.client_id
          WHERE case_notes_fts MATCH ? AND (n.is_restricted = 0 OR n.author_id = ?)
          ORDER BY case_notes_fts.rowid DESC LIMIT ${NOTE_LIMIT}`,
  probeNotes: `SELECT count(*) AS n FROM (SELECT 1 FROM case_notes_fts WHERE case_notes_fts MATCH ? LIMIT ?)`,
  countNames: `SELECT count(*) AS n FROM clients_fts WHERE clients_fts MATCH ?`,
  countNotes: `SELECT count(*) AS n FROM case_notes_fts WHERE case_notes_fts MATCH ?`,
} as const

/** How common a note query is, by the share of all notes it matches. */
const NOTE_TIERS = [
  { tier: 'rare', from: 0, below: 0.05 },
  { tier: 'medium', from: 0.05, below: 0.25 },
  { tier: 'common', from: 0.25, below: Number.POSITIVE_INFINITY },
] as const

const VARIANTS = ['route', 'repository', 'direct'] as const
type VariantName = (typeof VARIANTS)[number]

interface Query {
  readonly text: string
  /** The FTS5 MATCH string the app makes of `text` (namePrefixQuery / noteTextQuery). */
  readonly match: string
  /** How many rows MATCH finds, before LIMIT and the visibility filter. */
  readonly matches: number
}

/** One query through one layer; returns how many results it found. */
type Runner = (query: Query) => number | Promise<number>

function count(sqlite: SqliteDb, sql: string, match: string): number {
  return (sqlite.prepare(sql).get(match) as { n: number }).n
}

/** The variants in a different order each query, so none always runs first (or on warm pages). */
function rotated<T>(items: readonly T[], index: number): readonly T[] {
  const k = ((index % items.length) + items.length) % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

/**
 * Runs every query `passes` times through every variant and records one sample per variant per
 * query, so sample i of each variant is the same query (for per-query ratios). Also checks that
 * the variants find the same number of results: they must be the same search.
 */
async function measure(
  label: string,
  queries: readonly Query[],
  runners: Readonly<Record<VariantName, Runner>>,
  passes: number,
  warmup: number,
  log: (message: string) => void,
): Promise<Recorder> {
  const total = queries.length * passes
  return repeat({ warmup, rounds: total }, async ({ index, isWarmup, recorder }) => {
    const query = queries[(isWarmup ? -1 - index : index) % queries.length]!
    const found: Partial<Record<VariantName, number>> = {}
    for (const variant of rotated(VARIANTS, index)) {
      const start = nowMs()
      const pending = runners[variant](query)
      const n = typeof pending === 'number' ? pending : await pending
      recorder.add(variant, nowMs() - start)
      found[variant] = n
    }
    if (found.route !== found.repository || found.repository !== found.direct) {
      throw new Error(
        `${label} "${query.text}": route found ${found.route}, repository ${found.repository}, ` +
          `direct ${found.direct}; they should be the same search.`,
      )
    }
    if (!isWarmup && (index + 1) % 100 === 0) log(`${label}: ${index + 1}/${total} queries`)
  })
}

function layers(recorder: Recorder) {
  const samples = (name: VariantName) => ({ name, samplesMs: recorder.samples(name) })
  return {
    routeVsDirect: compare(samples('route'), samples('direct')),
    repositoryVsDirect: compare(samples('repository'), samples('direct')),
    routeVsRepository: compare(samples('route'), samples('repository')),
  }
}

/** Note timings split by how common the query is (every sample of a query goes to its tier). */
function byFrequency(recorder: Recorder, queries: readonly Query[], totalNotes: number) {
  const tiers: Record<string, unknown> = {}
  for (const { tier, from, below } of NOTE_TIERS) {
    const inTier = (q: Query) => q.matches / totalNotes >= from && q.matches / totalNotes < below
    const chosen = queries.filter(inTier)
    if (chosen.length === 0) continue
    const pick = (name: VariantName) =>
      summarise(recorder.samples(name).filter((_, i) => inTier(queries[i % queries.length]!)))
    tiers[tier] = {
      queries: chosen.length,
      medianMatchingNotes: median(chosen.map((q) => q.matches)),
      route: pick('route'),
      repository: pick('repository'),
      direct: pick('direct'),
    }
  }
  return tiers
}

type LookupColumn = 'ref' | 'nhs_number' | 'postcode'

/**
 * The plans of what quickSearch sends for a reference, an NHS number and a postcode (captured from
 * quickSearch itself), of the repository's two searches, and of the hand-written baselines.
 */
async function queryPlans(
  sqlite: SqliteDb,
  people: number,
  viewer: Viewer,
  sample: { readonly name: Query; readonly note: Query },
) {
  const capture = capturingKysely(sqlite)
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
  const inputs: Record<string, { column: LookupColumn; input: string }> = {
    ref: { column: 'ref', input: one(`SELECT ref FROM clients ORDER BY id LIMIT 1 OFFSET ?`) },
    nhsNumber: {
      column: 'nhs_number',
      input: one(
        `SELECT nhs_number FROM clients WHERE nhs_number IS NOT NULL ORDER BY id LIMIT 1 OFFSET ?`,
      ),
    },
    postcode: { column: 'postcode', input: postcode },
  }
  const quickSearchLookups: Record<string, QueryPlan & { input: string }> = {}
  for (const [key, { column, input }] of Object.entries(inputs)) {
    capture.take()
    const found = await quickSearch(capture.db, input, NAME_LIMIT)
    const lookup = capture.take().find((q) => q.sql.includes(`"clients"."${column}" = ?`))
    if (!lookup) throw new Error(`quickSearch("${input}") did not look up clients.${column}.`)
    if (found.length === 0) throw new Error(`quickSearch("${input}") found nobody.`)
    quickSearchLookups[key] = { input, ...explainQueryPlan(sqlite, lookup.sql, lookup.parameters) }
  }
  const only = async (run: () => Promise<unknown>): Promise<QueryPlan> => {
    capture.take()
    await run()
    // The last statement is the search itself (note search first counts matches, up to a limit).
    const sent = capture.take()
    const last = sent[sent.length - 1]
    if (!last) throw new Error('The search sent no statement.')
    return explainQueryPlan(sqlite, last.sql, last.parameters)
  }
  return {
    quickSearchLookups,
    repository: {
      names: await only(() => searchPeopleByName(capture.db, sample.name.text, NAME_LIMIT)),
      notes: await only(() =>
        searchNotes(capture.db, sample.note.text, viewer, { limit: NOTE_LIMIT }),
      ),
    },
    direct: {
      names: explainQueryPlan(sqlite, SQL.names, [sample.name.match]),
      notes: explainQueryPlan(sqlite, SQL.notes, [sample.note.match, viewer.id]),
    },
  }
}

function prepareQueries(texts: readonly string[], toMatch: (t: string) => string | null) {
  return (sqlite: SqliteDb, countSql: string): Query[] =>
    texts.map((text) => {
      const match = toMatch(text)
      if (!match) throw new Error(`"${text}" makes no search.`)
      return { text, match, matches: count(sqlite, countSql, match) }
    })
}

export const searchSuite: BenchSuite = {
  name: 'search',
  groups: ['search'],
  description:
    'finding people (name prefixes) and case notes (full text) through the route, the repository and raw SQL',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    const random = new SeededRandom(QUERY_SEED)
    const nameTexts = namePrefixQueries(random, settings.nameQueries)
    const noteTexts = noteTextQueries(random, settings.noteQueries)
    return context.withTempDir(async (dir) => {
      const bench = await createBenchBackend(dir, context.log)
      try {
        const seeding = await seedOrganisation(bench, settings, context.log)
        const viewer = await signInAdviser(bench)
        const { sqlite, db } = bench.store()
        const names = prepareQueries(nameTexts, namePrefixQuery)(sqlite, SQL.countNames)
        const notes = prepareQueries(noteTexts, noteTextQuery)(sqlite, SQL.countNotes)

        const plans = await queryPlans(sqlite, settings.people, viewer, {
          name: names[0]!,
          note: notes[0]!,
        })
        requireIndexes(plans)

        const directNames = sqlite.prepare(SQL.names)
        const directNotes = sqlite.prepare(SQL.notes)
        const directNotesNewest = sqlite.prepare(SQL.notesNewest)
        const probeNotes = sqlite.prepare(SQL.probeNotes)
        context.log(`${names.length} name queries, passes: ${settings.namePasses}`)
        const nameRecorder = await measure(
          'names',
          names,
          {
            route: async (q) =>
              (await bench.call(ADVISER.connection, 'people.search', { text: q.text })).length,
            repository: async (q) => (await searchPeopleByName(db, q.text, NAME_LIMIT)).length,
            direct: (q) => directNames.all(q.match).length,
          },
          settings.namePasses,
          settings.warmupQueries,
          context.log,
        )
        context.log(`${notes.length} note queries, passes: ${settings.notePasses}`)
        const noteRecorder = await measure(
          'notes',
          notes,
          {
            route: async (q) =>
              (await bench.call(ADVISER.connection, 'notes.search', { text: q.text })).length,
            repository: async (q) =>
              (await searchNotes(db, q.text, viewer, { limit: NOTE_LIMIT })).length,
            direct: (q) => {
              const { n } = probeNotes.get(q.match, RANK_LIMIT + 1) as { n: number }
              const statement = n > RANK_LIMIT ? directNotesNewest : directNotes
              return statement.all(q.match, viewer.id).length
            },
          },
          settings.notePasses,
          settings.warmupQueries,
          context.log,
        )

        return {
          parameters: {
            people: settings.people,
            notesPerPerson: settings.notesPerPerson,
            seed: SEED,
            nameQueries: names.length,
            namePasses: settings.namePasses,
            nameLimit: NAME_LIMIT,
            noteQueries: notes.length,
            notePasses: settings.notePasses,
            noteLimit: NOTE_LIMIT,
            warmupQueries: settings.warmupQueries,
            viewerRole: viewer.role,
            sqliteVersion: String(sqlite.prepare('SELECT sqlite_version()').pluck().get()),
          },
          seeding,
          names: {
            medianMatchingPeople: median(names.map((q) => q.matches)),
            ...layers(nameRecorder),
          },
          notes: {
            medianMatchingNotes: median(notes.map((q) => q.matches)),
            ...layers(noteRecorder),
            byFrequency: byFrequency(noteRecorder, notes, seeding.notes),
          },
          queryPlans: plans,
        }
      } finally {
        await bench.close()
      }
    })
  },
}
