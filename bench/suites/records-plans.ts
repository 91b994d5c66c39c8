import type { Session } from '../../src/main/backend/session'
import type { SqliteDb } from '../../src/main/db/sqlite-file'
import { listPeople } from '../../src/main/people/person-repository'
import { readPersonRecord } from '../../src/main/people/person-service'
import { listNotes } from '../../src/main/notes/note-thread-repository'
import type { Viewer } from '../../src/main/notes/note-visibility'
import { formatPlanRef, listPlanSummaries } from '../../src/main/plans/plan-repository'
import { getPlan, plansOverview } from '../../src/main/plans/plan-service'
import type { BenchBackend } from '../lib/casebook-backend'
import {
  type CapturedQuery,
  capturingKysely,
  explainQueryPlan,
  type QueryPlan,
} from '../lib/query-plan'
import { NOTES_PAGE, OVERVIEW, type ListFilter } from './records-settings'

/**
 * The records suite's query-plan check: the plan of every SELECT the adviser's screens send, named
 * by table, and the full scans the suite knows about and keeps (with why).
 */

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
export const ACCEPTED_SCANS: Readonly<Record<string, string>> = {
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

export function seededRefs(sqlite: SqliteDb): Seeded {
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
export interface Pick {
  readonly person: string
  readonly personWithPlans: string
  readonly planRef: string
}

/** The audit event `people.get` writes for opening `ref`. */
export function viewEvent(ref: string) {
  return { action: 'people.view', entityType: 'person', entityId: ref } as const
}

export async function queryPlans(
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
