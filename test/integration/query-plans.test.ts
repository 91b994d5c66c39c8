import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestOrg, type TestOrg } from '../helpers/temp-data'

/**
 * The hot queries must use an index. Every SELECT the routes below run is captured from the driver and
 * explained; a full scan of a big table (without an index) fails the test.
 */
describe('query plans of hot queries', () => {
  let org: TestOrg
  const statements = new Set<string>()
  let stopCapturing = () => {}

  beforeAll(async () => {
    org = await createTestOrg()
    await org.call('admin', 'seed.run', { clients: 120, notesPerPerson: 4 })
    const sqlite = org.backend.core.store!.sqlite
    const original = sqlite.prepare.bind(sqlite)
    sqlite.prepare = ((sql: string) => {
      if (/^\s*select/i.test(sql)) statements.add(sql)
      return original(sql)
    }) as typeof sqlite.prepare
    stopCapturing = () => {
      sqlite.prepare = original as typeof sqlite.prepare
    }
  })
  afterAll(async () => {
    stopCapturing()
    await org.cleanup()
  })

  it('people lists, searches, records, notes and plans never scan a big table without an index', async () => {
    const list = await org.call('admin', 'people.list', {
      status: 'active',
      sort: 'name',
      limit: 50,
    })
    await org.call('admin', 'people.list', { keyWorkerId: 2, sort: 'ref' })
    const ref = list.rows[0]!.ref
    const person = list.rows[0]!
    await org.call('admin', 'people.search', { text: ref })
    await org.call('admin', 'people.search', { text: person.postcode ?? 'HD1 1AA' })
    await org.call('admin', 'people.search', { text: '943 476 5919' })
    await org.call('admin', 'people.search', { text: 'sm' })
    // The start of a postcode (a district, a sector typed without its space) and a name with a typo.
    const district = (person.postcode ?? 'HD1 1AA').split(' ')[0]!
    await org.call('admin', 'people.search', { text: district })
    await org.call('admin', 'people.search', { text: `${district}2`.toLowerCase() })
    await org.call('admin', 'people.search', { text: 'Atkinsen' })
    await org.call('admin', 'people.get', { ref })
    await org.call('admin', 'notes.list', { ref })
    await org.call('admin', 'notes.search', { text: 'timesheets' })
    await org.call('admin', 'plans.list', { ref })
    await org.call('admin', 'audit.list', { limit: 20 })
    stopCapturing()
    const sqlite = org.backend.core.store!.sqlite
    const scans: string[] = []
    for (const sql of statements) {
      // Walking the rowid backwards with a LIMIT reads only LIMIT rows: not a full scan.
      if (/order by "id" desc limit \?$/.test(sql)) continue
      const count = (sql.match(/\?/g) ?? []).length
      const plan = sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...Array<null>(count).fill(null)) as { detail: string }[]
      for (const { detail } of plan) {
        // The index's words are read between two words (fts5vocab's plan number 0x200 | 0x400).
        const vocab = /^SCAN clients_fts_terms VIRTUAL TABLE INDEX (\d+):/.exec(detail)
        if (vocab && (Number(vocab[1]) & 0x600) !== 0x600) {
          scans.push(`${detail}  ←  ${sql.slice(0, 160)}`)
        }
        if (
          /^SCAN (clients|case_notes|support_plans|plan_lines|audit_events|client_status_history|circle_members|referrals|consents)\b(?! USING)/.test(
            detail,
          )
        ) {
          scans.push(`${detail}  ←  ${sql.slice(0, 160)}`)
        }
      }
    }
    expect(statements.size).toBeGreaterThan(10)
    expect([...statements].some((sql) => sql.includes('clients_fts_terms'))).toBe(true)
    expect([...statements].some((sql) => sql.includes('"clients"."postcode" >= ?'))).toBe(true)
    expect(scans).toEqual([])
  })
})
