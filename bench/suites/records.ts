import type { Session } from '../../src/main/backend/session'
import { type PeopleListFilter, listPeople } from '../../src/main/people/person-repository'
import { readPersonRecord } from '../../src/main/people/person-service'
import type { SqliteDb } from '../../src/main/db/sqlite-file'
import { listNotes } from '../../src/main/notes/note-thread-repository'
import type { Viewer } from '../../src/main/notes/note-visibility'
import { formatPlanRef, listPlanSummaries } from '../../src/main/plans/plan-repository'
import { getPlan, plansOverview } from '../../src/main/plans/plan-service'
import { type BenchBackend, createBenchBackend } from '../lib/casebook-backend'
import {
  type CapturedQuery,
  capturingKysely,
  explainQueryPlan,
  type QueryPlan,
  requireIndexes,
} from '../lib/query-plan'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import { ADVISER, SEED, seedOrganisation, signInAdviser } from '../lib/seeded-organisation'
import { compare, type Stats } from '../lib/stats'
import type { BenchSuite } from '../lib/suite'
import { nowMs, repeat } from '../lib/timing'

/**
 * The screens an independent living adviser opens all day, through the real routes as a seeded
 * adviser, on the search suite's organisation: the people list (every sort, every filter, a deep
 * page), a person's record (`people.get`, which writes an audit event every time), their case
 * notes, their support plans, and the plans overview. Also checks the plan of every statement these
 * send (EXPLAIN QUERY PLAN) and fails the run on a full scan it does not know about.
 */

interface Settings {
  readonly people: number
  readonly notesPerPerson: number
  /** Timed rounds: each round runs every case once, in a rotating order. */
  readonly rounds: number
  readonly warmupRounds: number
}

const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: { people: 1_000, notesPerPerson: 10, rounds: 10, warmupRounds: 1 },
  full: { people: 20_000, notesPerPerson: 25, rounds: 40, warmupRounds: 2 },
}

/** What the screens ask for (src/renderer): the people list's page, the notes tab's first page. */
const PEOPLE_PAGE = 200
const NOTES_PAGE = 50
/** The plans overview as it opens: reviews due in the next 6 weeks, 200 rows a section. */
const OVERVIEW = { reviewWithinDays: 42, limit: 200 } as const
/** The people the rounds open are drawn with this seed: the same people every run. */
const PICK_SEED = 20_260_102

const SORTS = ['name', 'ref', 'status', 'dateOfBirth', 'updated'] as const
const STATUSES = ['active', 'referral', 'enquiry', 'closed'] as const
const FLAGS = ['safeguarding', 'financial', 'capacity'] as const
/** `listPeople`' filter, typed as the route takes it (so the same value goes to both). */
type ListFilter = Omit<PeopleListFilter, 'status'> & { status?: (typeof STATUSES)[number] }
type ListInput = Omit<ListFilter, 'offset' | 'limit'>

/** One people-list case: the first page of a sort or filter, or the last page of a sort. */
interface ListCase {
  readonly group: 'firstPage' | 'filtered' | 'deepPage'
  readonly name: string
  readonly input: ListInput
}

function listCases(adviserId: number): ListCase[] {
  const byName = { sort: 'name', direction: 'asc' } as const
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1)
  return [
    ...SORTS.flatMap((sort) => [
      { group: 'firstPage', name: sort, input: { sort, direction: 'asc' } } as const,
      { group: 'firstPage', name: `${sort}Desc`, input: { sort, direction: 'desc' } } as const,
    ]),
    ...STATUSES.map(
      (status) =>
        ({
          group: 'filtered',
          name: `status${cap(status)}`,
          input: { ...byName, status },
        }) as const,
    ),
    { group: 'filtered', name: 'keyWorker', input: { ...byName, keyWorkerId: adviserId } },
    ...FLAGS.map(
      (flag) => ({ group: 'filtered', name: flag, input: { ...byName, flag } }) as const,
    ),
    ...SORTS.map(
      (sort) => ({ group: 'deepPage', name: sort, input: { sort, direction: 'asc' } }) as const,
    ),
  ]
}

const COUNT_EVERYONE =
  'The list shows how many people match; with no filter that is everyone, so the count reads the ' +
  'smallest index on clients end to end (20,000 entries at full scale).'
const FLAG =
  'No index on the concern flags (a few percent of people each): the count reads every person, and ' +
  'the page walks the name index until it has a page of flagged people (for a deep page, all of ' +
  'it). Timed as peopleList.filtered.'
const UPDATED =
  'No index on updated_at: sorting by last change reads and sorts every person before the page. ' +
  'Only the route offers this sort (the people screen and the CLI do not). Timed as ' +
  'peopleList.firstPage.updated and deepPage.updated.'
const SETTINGS_TABLE =
  'The settings table holds one row per stored setting (a handful), read whole by design.'

/**
 * The full scans this suite knows about and keeps, with why (`requireIndexes` fails on any other,
 * and on one of these that no longer happens). Reported under `acceptedScans`; docs/benchmarks.md
 * gives their measured cost.
 */
const ACCEPTED_SCANS: Readonly<Record<string, string>> = {
  'peopleListCount.everyone': COUNT_EVERYONE,
  'peopleListCount.safeguarding': FLAG,
  'peopleListCount.financial': FLAG,
  'peopleListCount.capacity': FLAG,
  'peopleListPage.safeguarding': FLAG,
  'peopleListPage.financial': FLAG,
  'peopleListPage.capacity': FLAG,
  'peopleListPage.updated': UPDATED,
  'peopleListPage.updatedDesc': UPDATED,
  'plansGet.settings': SETTINGS_TABLE,
  'plansOverview.settings': SETTINGS_TABLE,
}

/** The cases in a different order each round, so none always runs first (or on warm pages). */
function rotated<T>(items: readonly T[], index: number): readonly T[] {
  const k = ((index % items.length) + items.length) % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

/** The table a captured SELECT reads first (its FROM), to name its plan. */
function tableOf(sql: string): string {
  return /\bfrom\s+"?(\w+)"?/i.exec(sql)?.[1] ?? 'statement'
}

/**
 * Plans of the SELECTs a use case sent, named by the table each reads (`support_plans#2` for the
 * second one on the same table). Writes (the audit event) are not explained.
 */
function plansOf(sqlite: SqliteDb, sent: readonly CapturedQuery[]): Record<string, QueryPlan> {
  const plans: Record<string, QueryPlan> = {}
  for (const query of sent) {
    if (!/^\s*select/i.test(query.sql)) continue
    const table = tableOf(query.sql)
    let name = table
    for (let n = 2; name in plans; n++) name = `${table}#${n}`
    plans[name] = explainQueryPlan(sqlite, query.sql, query.parameters)
  }
  if (Object.keys(plans).length === 0) throw new Error('The use case sent no SELECT.')
  return plans
}

interface Seeded {
  /** Every person's reference, in id order. */
  readonly people: readonly string[]
  /** People with at least one support plan. */
  readonly peopleWithPlans: readonly string[]
  /** Every plan version's reference (`C-000123/P1v2`). */
  readonly planRefs: readonly string[]
}

function seededRefs(sqlite: SqliteDb): Seeded {
  const people = sqlite.prepare('SELECT ref FROM clients ORDER BY id').pluck().all() as string[]
  const peopleWithPlans = sqlite
    .prepare(
      `SELECT ref FROM clients WHERE id IN (SELECT client_id FROM support_plans) ORDER BY id`,
    )
    .pluck()
    .all() as string[]
  const planRefs = (
    sqlite
      .prepare(
        `SELECT c.ref, p.plan_no, p.version FROM support_plans p JOIN clients c ON c.id = p.client_id
         ORDER BY p.id`,
      )
      .all() as { ref: string; plan_no: number; version: number }[]
  ).map((p) => formatPlanRef(p.ref, p.plan_no, p.version))
  if (peopleWithPlans.length === 0 || planRefs.length === 0) {
    throw new Error('The seed made no support plans.')
  }
  return { people, peopleWithPlans, planRefs }
}

/** One round's choice of person and plan. */
interface Pick {
  readonly person: string
  readonly personWithPlans: string
  readonly planRef: string
}

/** The audit event `people.get` writes for opening `ref`. */
function viewEvent(ref: string) {
  return { action: 'people.view', entityType: 'person', entityId: ref } as const
}

interface Case {
  readonly name: string
  run(pick: Pick): Promise<unknown>
}

async function queryPlans(
  bench: BenchBackend,
  viewer: Viewer,
  session: Session,
  cases: readonly { readonly name: string; readonly input: ListFilter }[],
  pick: Pick,
) {
  const { sqlite } = bench.store()
  const capture = capturingKysely(sqlite)
  const deps = { db: capture.db, actor: viewer, now: new Date() }
  const sent = async (run: () => Promise<unknown>): Promise<CapturedQuery[]> => {
    capture.take()
    await run()
    return capture.take()
  }
  // The people list sends a count (which depends only on the filter) and the page (which depends
  // on the filter and the sort; offset and limit are parameters, so a deep page has the same plan).
  const count: Record<string, QueryPlan> = {}
  const page: Record<string, QueryPlan> = {}
  for (const { name, input } of cases) {
    const [counted, paged, ...more] = await sent(() => listPeople(capture.db, input))
    if (!counted || !paged || more.length > 0) {
      throw new Error('listPeople should send a count and then the page.')
    }
    const filter = input.status
      ? 'status'
      : input.keyWorkerId
        ? 'keyWorker'
        : (input.flag ?? 'everyone')
    count[filter] ??= explainQueryPlan(sqlite, counted.sql, counted.parameters)
    const key = filter === 'everyone' ? name : filter
    page[key] ??= explainQueryPlan(sqlite, paged.sql, paged.parameters)
  }
  const idOf = (ref: string): number => {
    const id = sqlite.prepare('SELECT id FROM clients WHERE ref = ?').pluck().get(ref)
    if (typeof id !== 'number') throw new Error(`No person ${ref}.`)
    return id
  }
  return {
    peopleListCount: count,
    peopleListPage: page,
    personRecord: plansOf(sqlite, await sent(() => readPersonRecord(deps, pick.person))),
    // What clients.get adds: the audit event (its SELECT finds the chain's last event).
    auditAppend: plansOf(
      sqlite,
      await sent(() => bench.backend.core.appendAudit(capture.db, session, viewEvent(pick.person))),
    ),
    notesList: plansOf(
      sqlite,
      await sent(() =>
        listNotes(capture.db, idOf(pick.person), viewer, { offset: 0, limit: NOTES_PAGE }),
      ),
    ),
    plansList: plansOf(
      sqlite,
      await sent(() => listPlanSummaries(capture.db, idOf(pick.personWithPlans))),
    ),
    plansGet: plansOf(sqlite, await sent(() => getPlan(deps, pick.planRef))),
    plansOverview: plansOf(
      sqlite,
      await sent(() => plansOverview(deps, OVERVIEW.reviewWithinDays, OVERVIEW.limit)),
    ),
  }
}

export const recordsSuite: BenchSuite = {
  name: 'records',
  groups: ['records'],
  description:
    "an adviser's everyday screens through the routes: the people list (sorts, filters, a deep page), a person's record, notes and plans, the plans overview",
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    return context.withTempDir(async (dir) => {
      const bench = await createBenchBackend(dir, context.log)
      try {
        const seeding = await seedOrganisation(bench, settings, context.log)
        const viewer = await signInAdviser(bench)
        const { sqlite, db } = bench.store()
        const seeded = seededRefs(sqlite)
        const random = new SeededRandom(PICK_SEED)
        const nextPick = (): Pick => ({
          person: random.pick(seeded.people),
          personWithPlans: random.pick(seeded.peopleWithPlans),
          planRef: random.pick(seeded.planRefs),
        })
        const session = bench.backend.core.sessions.get(ADVISER.connection)
        if (!session) throw new Error(`${ADVISER.username} is not signed in.`)

        // Each list case's input, with the deep page at the start of the last page.
        const matching: Record<string, number> = {}
        const deepPageOffset: Record<string, number> = {}
        const list: { name: string; group: string; input: ListFilter }[] = []
        for (const c of listCases(viewer.id)) {
          const first = { ...c.input, offset: 0, limit: PEOPLE_PAGE }
          const { total, rows } = await bench.call(ADVISER.connection, 'people.list', first)
          if (rows.length === 0) throw new Error(`clients.list ${c.group}.${c.name} found nobody.`)
          if (c.group !== 'deepPage') matching[c.group === 'filtered' ? c.name : 'everyone'] = total
          const offset =
            c.group === 'deepPage' ? Math.floor((total - 1) / PEOPLE_PAGE) * PEOPLE_PAGE : 0
          if (c.group === 'deepPage') deepPageOffset[c.name] = offset
          list.push({ name: `${c.group}.${c.name}`, group: c.group, input: { ...first, offset } })
        }

        const plans = await queryPlans(
          bench,
          viewer,
          session,
          list.map((c) => ({ name: c.name.split('.')[1]!, input: c.input })),
          nextPick(),
        )
        const acceptedScans = Object.fromEntries(
          Object.entries(ACCEPTED_SCANS).map(([path, reason]) => {
            const [group = '', name = ''] = path.split('.')
            const plan = (plans as Record<string, Record<string, QueryPlan>>)[group]?.[name]
            return [path, { reason, fullScans: plan?.fullScans ?? [] }]
          }),
        )
        requireIndexes(plans, ACCEPTED_SCANS)

        const defaultView = list.find((c) => c.name === 'firstPage.name')!.input
        const cases: Case[] = [
          ...list.map((c): Case => ({
            name: c.name,
            run: () => bench.call(ADVISER.connection, 'people.list', c.input),
          })),
          {
            // The default view again, through the repository alone (no router, no output check).
            name: 'defaultViewReads',
            run: () => listPeople(db, defaultView),
          },
          {
            name: 'record.route',
            run: (p) => bench.call(ADVISER.connection, 'people.get', { ref: p.person }),
          },
          {
            name: 'record.reads',
            run: (p) => readPersonRecord({ db, actor: viewer, now: new Date() }, p.person),
          },
          {
            name: 'record.auditAppend',
            run: (p) => bench.backend.core.appendAudit(db, session, viewEvent(p.person)),
          },
          {
            name: 'notes.firstPage',
            run: (p) =>
              bench.call(ADVISER.connection, 'notes.list', { ref: p.person, limit: NOTES_PAGE }),
          },
          {
            name: 'plans.list',
            run: (p) => bench.call(ADVISER.connection, 'plans.list', { ref: p.personWithPlans }),
          },
          {
            name: 'plans.get',
            run: (p) => bench.call(ADVISER.connection, 'plans.get', { planRef: p.planRef }),
          },
          {
            name: 'plans.overview',
            run: () => bench.call(ADVISER.connection, 'plans.overview', OVERVIEW),
          },
        ]
        context.log(`${cases.length} cases × ${settings.rounds} rounds`)
        const recorder = await repeat(
          { warmup: settings.warmupRounds, rounds: settings.rounds },
          async ({ index, isWarmup, recorder }) => {
            const pick = nextPick()
            for (const c of rotated(cases, index)) {
              const start = nowMs()
              await c.run(pick)
              recorder.add(c.name, nowMs() - start)
            }
            if (!isWarmup && (index + 1) % 10 === 0) {
              context.log(`round ${index + 1}/${settings.rounds}`)
            }
          },
        )
        const stats = recorder.summary()
        const group = (prefix: string): Record<string, Stats> =>
          Object.fromEntries(
            Object.entries(stats)
              .filter(([name]) => name.startsWith(`${prefix}.`))
              .map(([name, s]) => [name.slice(prefix.length + 1), s]),
          )
        const overview = await bench.call(ADVISER.connection, 'plans.overview', OVERVIEW)
        return {
          parameters: {
            people: settings.people,
            notesPerPerson: settings.notesPerPerson,
            seed: SEED,
            rounds: settings.rounds,
            warmupRounds: settings.warmupRounds,
            peoplePage: PEOPLE_PAGE,
            notesPage: NOTES_PAGE,
            overview: OVERVIEW,
            viewerRole: viewer.role,
            sqliteVersion: String(sqlite.prepare('SELECT sqlite_version()').pluck().get()),
          },
          seeding,
          peopleList: {
            matching,
            deepPageOffset,
            defaultView: compare(
              { name: 'route', samplesMs: recorder.samples('firstPage.name') },
              { name: 'repository', samplesMs: recorder.samples('defaultViewReads') },
            ),
            firstPage: group('firstPage'),
            filtered: group('filtered'),
            deepPage: group('deepPage'),
          },
          personRecord: {
            routeVsReads: compare(
              { name: 'route', samplesMs: recorder.samples('record.route') },
              { name: 'reads', samplesMs: recorder.samples('record.reads') },
            ),
            auditAppend: stats['record.auditAppend'],
          },
          notes: { firstPage: stats['notes.firstPage'] },
          plans: {
            peopleWithPlans: seeded.peopleWithPlans.length,
            planVersions: seeded.planRefs.length,
            list: stats['plans.list'],
            get: stats['plans.get'],
            overview: stats['plans.overview'],
            overviewRows: {
              drafts: overview.drafts.length,
              awaitingDecision: overview.awaitingDecision.length,
              approvedNotActive: overview.approvedNotActive.length,
              reviewsDue: overview.reviewsDue.length,
            },
          },
          queryPlans: plans,
          acceptedScans,
        }
      } finally {
        await bench.close()
      }
    })
  },
}
