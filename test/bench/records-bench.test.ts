import Database from 'better-sqlite3-multiple-ciphers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { explainQueryPlan, requireIndexes, scansToLimitIn } from '../../bench/lib/query-plan'
import {
  type Json,
  type Run,
  at,
  expectComparison,
  expectStats,
  keysOf,
  numbers,
  runSmallScale,
  type SmallRun,
} from './bench-report'

/**
 * Runs the records suite at small scale in a child process (through the same runner as
 * `npm run bench`) and checks what it writes: every screen's timing labelled, every number finite
 * and positive, every query plan present and either using an index or listed, with its reason, as
 * an accepted scan. It never checks how fast anything is.
 */

const SORTS = ['name', 'ref', 'status', 'dateOfBirth', 'updated']

describe('the records suite at small scale', () => {
  let small: SmallRun
  let run: Run
  let report: Json
  let resultsFile: string
  let records: Json

  beforeAll(async () => {
    small = await runSmallScale(['records'])
    ;({ run, report, resultsFile } = small)
    records = report === null ? null : at(report, 'results.records')
  }, 240_000)

  afterAll(() => small?.cleanup())

  it('finishes and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('== records')
    expect(run.stdout).toContain('route/reads ×')
    expect(run.stdout).toContain('route/repository ×')
    expect(run.stdout).toContain(resultsFile)
  })

  it('writes the report under results.records at small scale, as an adviser', () => {
    expect(at(report, 'scale')).toBe('small')
    expect(at(report, 'suites')).toEqual(['records'])
    expect(at(records, 'parameters.people')).toBe(1_000)
    expect(at(records, 'parameters.viewerRole')).toBe('adviser')
    expect(at(records, 'seeding.people')).toBe(1_000)
    expect(at(records, 'seeding.notes')).toBe(10_000)
  })

  it('times the first page of every sort both ways, every filter, and the last page', () => {
    const rounds = at(records, 'parameters.rounds')
    const firstPage = at(records, 'peopleList.firstPage')
    expect(keysOf(firstPage)).toEqual(SORTS.flatMap((s) => [s, `${s}Desc`]).sort())
    const filtered = at(records, 'peopleList.filtered')
    expect(keysOf(filtered)).toEqual(
      [
        'statusActive',
        'statusReferral',
        'statusEnquiry',
        'statusClosed',
        'keyWorker',
        'safeguarding',
        'financial',
        'capacity',
      ].sort(),
    )
    expectComparison(at(records, 'peopleList.defaultView'), 'route', 'repository')
    const deepPage = at(records, 'peopleList.deepPage')
    expect(keysOf(deepPage)).toEqual([...SORTS].sort())
    for (const group of [firstPage, filtered, deepPage]) {
      for (const stats of Object.values(group as Record<string, Json>)) {
        expectStats(stats)
        expect(at(stats, 'samples')).toBe(rounds)
      }
    }
  })

  it('counts who each filter finds, and starts the deep page on the last page', () => {
    const matching = at(records, 'peopleList.matching') as Record<string, number>
    expect(matching.everyone).toBe(1_000)
    const statuses = ['Active', 'Referral', 'Enquiry', 'Closed'].map((s) => matching[`status${s}`])
    expect(statuses.reduce((a, b) => a! + b!, 0)).toBe(1_000)
    for (const key of ['keyWorker', 'safeguarding', 'financial', 'capacity']) {
      expect(matching[key]).toBeLessThan(1_000)
    }
    const pageSize = at(records, 'parameters.peoplePage') as number
    for (const sort of SORTS) {
      expect(at(records, `peopleList.deepPageOffset.${sort}`)).toBe(
        Math.floor((1_000 - 1) / pageSize) * pageSize,
      )
    }
  })

  it("times a person's record with and without its audit event, their notes and plans", () => {
    expectComparison(at(records, 'personRecord.routeVsReads'), 'route', 'reads')
    expectStats(at(records, 'personRecord.auditAppend'))
    expectStats(at(records, 'notes.firstPage'))
    for (const key of ['list', 'get', 'overview']) expectStats(at(records, `plans.${key}`))
    expect(keysOf(at(records, 'plans.overviewRows'))).toEqual(
      ['approvedNotActive', 'awaitingDecision', 'drafts', 'reviewsDue'].sort(),
    )
  })

  it('explains every statement: each uses an index, stops at its LIMIT, or is an accepted scan', () => {
    const groups = at(records, 'queryPlans') as Record<string, Record<string, Json>>
    expect(Object.keys(groups).sort()).toEqual(
      [
        'peopleListCount',
        'peopleListPage',
        'personRecord',
        'auditAppend',
        'notesList',
        'plansList',
        'plansGet',
        'plansOverview',
      ].sort(),
    )
    const accepted = at(records, 'acceptedScans') as Record<string, Json>
    for (const [group, plans] of Object.entries(groups)) {
      for (const [name, plan] of Object.entries(plans)) {
        expect(typeof at(plan, 'sql')).toBe('string')
        expect((at(plan, 'plan') as string[]).length).toBeGreaterThan(0)
        const path = `${group}.${name}`
        if (at(plan, 'usesIndex') === false) expect(Object.keys(accepted), path).toContain(path)
      }
    }
    for (const [path, value] of Object.entries(accepted)) {
      expect((at(value, 'reason') as string).length, path).toBeGreaterThan(20)
      expect((at(value, 'fullScans') as string[]).length, path).toBeGreaterThan(0)
    }
    // The first page of the default sort walks the name index and stops after one page.
    expect(at(records, 'queryPlans.peopleListPage.name.fullScans')).toEqual([])
    expect(at(records, 'queryPlans.peopleListPage.name.scansToLimit')).toEqual([
      'SCAN clients USING INDEX clients_name',
    ])
    // Opening a plan reads its risks, actions and people through an index.
    for (const table of ['plan_risks', 'plan_actions', 'plan_people']) {
      expect(at(records, `queryPlans.plansGet.${table}.usesIndex`), table).toBe(true)
    }
  })

  it('has only finite, positive numbers', () => {
    const all = numbers(report)
    expect(all.length).toBeGreaterThan(100)
    expect(all.filter((n) => !(Number.isFinite(n.value) && n.value > 0))).toEqual([])
  })

  it('removes its temp folders', () => {
    expect(small.leftoverTempFolders()).toEqual([])
  })
})

describe('scans that stop at a LIMIT', () => {
  const sqlite = new Database(':memory:')
  sqlite.exec(`CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT, born TEXT, flag INTEGER);
    CREATE INDEX people_name ON people (name)`)
  const plan = (sql: string) => explainQueryPlan(sqlite, sql, [])
  afterAll(() => sqlite.close())

  it('are an ordered walk of an index or the rowid with a LIMIT: not full scans', () => {
    const page = plan('SELECT * FROM people ORDER BY name, id LIMIT 200 OFFSET 0')
    expect(page.scansToLimit).toEqual(['SCAN people USING INDEX people_name'])
    expect(page.fullScans).toEqual([])
    expect(page.usesIndex).toBe(true)
    const last = plan('SELECT id FROM people ORDER BY id DESC LIMIT 1')
    expect(last.scansToLimit).toEqual(['SCAN people'])
    expect(last.usesIndex).toBe(true)
  })

  it('are not a walk without a LIMIT, with a WHERE, or that sorts everything', () => {
    for (const sql of [
      'SELECT * FROM people ORDER BY name',
      'SELECT * FROM people WHERE flag = 1 ORDER BY name LIMIT 200',
      'SELECT * FROM people ORDER BY born LIMIT 200',
      'SELECT count(*) FROM people',
    ]) {
      const p = plan(sql)
      expect(p.scansToLimit, sql).toEqual([])
      expect(p.usesIndex, sql).toBe(false)
    }
    expect(scansToLimitIn('SELECT * FROM people LIMIT 5', ['SCAN people'])).toEqual([])
  })
})

describe('accepted scans', () => {
  const sqlite = new Database(':memory:')
  sqlite.exec('CREATE TABLE settings (key TEXT, value TEXT)')
  const scan = explainQueryPlan(sqlite, 'SELECT key, value FROM settings')
  const indexed = explainQueryPlan(sqlite, 'SELECT key FROM settings WHERE rowid = 1')
  afterAll(() => sqlite.close())

  it('pass when listed with a reason, and fail when no longer true', () => {
    expect(() => requireIndexes({ read: { settings: scan } })).toThrow(/read\.settings: SCAN/)
    expect(() =>
      requireIndexes({ read: { settings: scan } }, { 'read.settings': 'a dozen rows' }),
    ).not.toThrow()
    expect(() =>
      requireIndexes({ read: { settings: indexed } }, { 'read.settings': 'a dozen rows' }),
    ).toThrow(/no longer happen.*read\.settings/)
    expect(() =>
      requireIndexes({ read: { settings: indexed } }, { 'read.gone': 'a dozen rows' }),
    ).toThrow(/read\.gone/)
  })
})
