import { namePrefixQuery } from '../../src/main/people/name-search-rules'
import { findPeopleByPostcodeStart } from '../../src/main/people/person-repository'
import { searchPeopleByName } from '../../src/main/people/quick-search-service'
import type { SqliteDb } from '../../src/main/db/sqlite-file'
import { noteTextQuery, RANK_LIMIT, searchNotes } from '../../src/main/notes/note-repository'
import { postcodeStarts } from '../../src/shared/validation/postcode'
import { createBenchBackend } from '../lib/casebook-backend'
import { requireIndexes } from '../lib/query-plan'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import { ADVISER, SEED, seedOrganisation, signInAdviser } from '../lib/seeded-organisation'
import {
  namePrefixQueries,
  noteTextQueries,
  postcodeStartQueries,
  typoNameQueries,
} from '../lib/search-queries'
import { compare, median, summarise } from '../lib/stats'
import type { BenchSuite } from '../lib/suite'
import { nowMs, type Recorder, repeat } from '../lib/timing'
import { searchQueryPlans } from './search-plans'

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
  readonly typoQueries: number
  readonly postcodeQueries: number
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
    typoQueries: 40,
    postcodeQueries: 40,
    noteQueries: 60,
    namePasses: 2,
    notePasses: 1,
    warmupQueries: 10,
  },
  full: {
    people: 20_000,
    notesPerPerson: 25,
    nameQueries: 200,
    typoQueries: 200,
    postcodeQueries: 100,
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
  /** The start of a postcode: one statement per reading of what was typed ("hd14": HD1 4, HD14). */
  postcodeStart: `SELECT id FROM clients WHERE postcode >= ? AND postcode < ?
          ORDER BY postcode, id LIMIT ${NAME_LIMIT}`,
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
 * the variants find the same number of results: they must be the same search. Name searches are
 * `typoTolerant`: when the names typed find fewer than the limit, the route and the repository
 * go on to look for names one typo away, which `direct` (prefixes only) does not, so `direct` may
 * find fewer; the texts where it does are added to `foundMore`.
 */
async function measure(
  label: string,
  queries: readonly Query[],
  runners: Readonly<Record<VariantName, Runner>>,
  passes: number,
  warmup: number,
  log: (message: string) => void,
  typoTolerant?: { readonly foundMore: Set<string> },
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
    const directFewer = typoTolerant !== undefined && (found.direct ?? 0) < (found.repository ?? 0)
    if (directFewer) typoTolerant.foundMore.add(query.text)
    if (found.route !== found.repository || (found.repository !== found.direct && !directFewer)) {
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

function prepareQueries(texts: readonly string[], toMatch: (t: string) => string | null) {
  return (sqlite: SqliteDb, countSql: string): Query[] =>
    texts.map((text) => {
      const match = toMatch(text)
      if (!match) throw new Error(`"${text}" makes no search.`)
      return { text, match, matches: count(sqlite, countSql, match) }
    })
}

/** The next string after every string starting with `start` (for a range: start ≤ x < below). */
function below(start: string): string {
  return start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + 1)
}

export const searchSuite: BenchSuite = {
  name: 'search',
  groups: ['search'],
  description:
    'finding people (name prefixes, names with a typo, part postcodes) and case notes (full text) through the route, the repository and raw SQL',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    const random = new SeededRandom(QUERY_SEED)
    const nameTexts = namePrefixQueries(random, settings.nameQueries)
    const noteTexts = noteTextQueries(random, settings.noteQueries)
    const typoTexts = typoNameQueries(random, settings.typoQueries)
    const postcodeTexts = postcodeStartQueries(random, settings.postcodeQueries)
    return context.withTempDir(async (dir) => {
      const bench = await createBenchBackend(dir, context.log)
      try {
        const seeding = await seedOrganisation(bench, settings, context.log)
        const viewer = await signInAdviser(bench)
        const { sqlite, db } = bench.store()
        const names = prepareQueries(nameTexts, namePrefixQuery)(sqlite, SQL.countNames)
        const notes = prepareQueries(noteTexts, noteTextQuery)(sqlite, SQL.countNotes)
        const typos = prepareQueries(typoTexts, namePrefixQuery)(sqlite, SQL.countNames)
        const directPostcodeStart = sqlite.prepare(SQL.postcodeStart).pluck()
        /** What quickSearch finds by postcode for a part postcode, one statement per reading. */
        const byPostcodeStart = (text: string): number => {
          const found = new Set<number>()
          for (const start of postcodeStarts(text)) {
            for (const id of directPostcodeStart.all(start, below(start)) as number[]) {
              if (found.size < NAME_LIMIT) found.add(id)
            }
          }
          return found.size
        }
        const postcodes: Query[] = postcodeTexts.map((text) => ({
          text,
          match: postcodeStarts(text).join(' | '),
          matches: byPostcodeStart(text),
        }))

        const plans = await searchQueryPlans(sqlite, {
          people: settings.people,
          viewer,
          sample: { name: names[0]!, typo: typos[0]!.text, note: notes[0]! },
          sql: SQL,
          limits: { names: NAME_LIMIT, notes: NOTE_LIMIT },
        })
        requireIndexes(plans)

        const directNames = sqlite.prepare(SQL.names)
        const directNotes = sqlite.prepare(SQL.notes)
        const directNotesNewest = sqlite.prepare(SQL.notesNewest)
        const probeNotes = sqlite.prepare(SQL.probeNotes)
        const nameRunners = {
          route: async (q: Query) =>
            (await bench.call(ADVISER.connection, 'people.search', { text: q.text })).length,
          repository: async (q: Query) => (await searchPeopleByName(db, q.text, NAME_LIMIT)).length,
          direct: (q: Query) => directNames.all(q.match).length,
        }
        context.log(`${names.length} name queries, passes: ${settings.namePasses}`)
        const namesFoundMore = new Set<string>()
        const nameRecorder = await measure(
          'names',
          names,
          nameRunners,
          settings.namePasses,
          settings.warmupQueries,
          context.log,
          { foundMore: namesFoundMore },
        )
        context.log(`${typos.length} names with a typo, passes: ${settings.namePasses}`)
        const typosFoundMore = new Set<string>()
        const typoRecorder = await measure(
          'typos',
          typos,
          nameRunners,
          settings.namePasses,
          settings.warmupQueries,
          context.log,
          { foundMore: typosFoundMore },
        )
        context.log(`${postcodes.length} part postcodes, passes: ${settings.namePasses}`)
        const postcodeRecorder = await measure(
          'postcodes',
          postcodes,
          {
            route: async (q) =>
              (await bench.call(ADVISER.connection, 'people.search', { text: q.text })).length,
            repository: async (q) => {
              const found = new Set<number>()
              for (const start of postcodeStarts(q.text)) {
                for (const person of await findPeopleByPostcodeStart(db, start, NAME_LIMIT)) {
                  if (found.size < NAME_LIMIT) found.add(person.id)
                }
              }
              return found.size
            },
            direct: (q) => byPostcodeStart(q.text),
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
            typoQueries: typos.length,
            postcodeQueries: postcodes.length,
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
            foundOneTypoAway: `${namesFoundMore.size} of ${names.length} queries`,
            ...layers(nameRecorder),
          },
          typos: {
            foundOneTypoAway: `${typosFoundMore.size} of ${typos.length} queries`,
            ...layers(typoRecorder),
          },
          postcodeStarts: {
            medianMatchingPeople: median(postcodes.map((q) => q.matches)),
            ...layers(postcodeRecorder),
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
