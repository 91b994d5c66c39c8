import { listPeople } from '../../src/main/people/person-repository'
import { readPersonRecord } from '../../src/main/people/person-service'
import { createBenchBackend } from '../lib/casebook-backend'
import { type QueryPlan, requireIndexes } from '../lib/query-plan'
import { SeededRandom } from '../lib/random'
import { byScale } from '../lib/scale'
import { ADVISER, SEED, seedOrganisation, signInAdviser } from '../lib/seeded-organisation'
import { compare, type Stats } from '../lib/stats'
import { ACCEPTED_SCANS, type Pick, queryPlans, seededRefs, viewEvent } from './records-plans'
import {
  FLAGS,
  type ListFilter,
  type ListInput,
  NOTES_PAGE,
  OVERVIEW,
  PEOPLE_PAGE,
  PICK_SEED,
  SETTINGS,
  SORTS,
  STATUSES,
} from './records-settings'
import type { BenchSuite } from '../lib/suite'
import { nowMs, repeat } from '../lib/timing'

/**
 * The screens an independent living adviser opens all day, through the real routes as a seeded
 * adviser, on the search suite's organisation: the people list (every sort, every filter, a deep
 * page), a person's record (`people.get`, which writes an audit event every time), their case
 * notes, their support plans, and the plans overview. Also checks the plan of every statement these
 * send (EXPLAIN QUERY PLAN) and fails the run on a full scan it does not know about.
 */

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

/** The cases in a different order each round, so none always runs first (or on warm pages). */
function rotated<T>(items: readonly T[], index: number): readonly T[] {
  const k = ((index % items.length) + items.length) % items.length
  return [...items.slice(k), ...items.slice(0, k)]
}

interface Case {
  readonly name: string
  run(pick: Pick): Promise<unknown>
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
