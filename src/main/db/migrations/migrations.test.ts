import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { migrations } from './index'
import { migrationHash } from './migrator'
import released from './released.json'

describe('migrations', () => {
  it('are frozen once released: a landed migration never changes', () => {
    for (const [id, hash] of Object.entries(released as Record<string, string>)) {
      const migration = migrations.find((m) => m.id === id)
      expect(migration, `released migration ${id} is missing`).toBeDefined()
      expect(
        migrationHash(migration!),
        `${id} was edited after release; add a new migration instead`,
      ).toBe(hash)
    }
  })

  it('are listed in order with unique ids, and every one is recorded as released', () => {
    const ids = migrations.map((m) => m.id)
    expect([...ids].sort()).toEqual(ids)
    expect(new Set(ids).size).toBe(ids.length)
    expect(Object.keys(released)).toEqual(ids)
  })

  it('0004 re-indexes the people already recorded, so their names are found without punctuation', () => {
    const sqlite = new Database(':memory:')
    const upTo = (id: string) => {
      for (const m of migrations.slice(0, migrations.findIndex((x) => x.id === id) + 1)) {
        sqlite.exec(m.sql)
      }
    }
    upTo('0003-index-plan-parts')
    sqlite
      .prepare(
        `INSERT INTO clients (ref, legal_given_name, legal_family_name, status, status_since, created_at, updated_at)
         VALUES ('C-000001', 'Margaret', 'O''Brien', 'active', '2026-01-01', 'x', 'x')`,
      )
      .run()
    const find = (match: string) =>
      sqlite.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?').pluck().all(match)
    expect(find('"obrien"*')).toEqual([])
    sqlite.exec(migrations.find((m) => m.id === '0004-search-names-without-punctuation')!.sql)
    expect(find('"obrien"*')).toEqual([1])
    expect(find('"brien"*')).toEqual([1])
    expect(find('"margaret"*')).toEqual([1])
    sqlite.close()
  })

  it('0006 re-indexes the people already recorded, so names in every script are found as typed', () => {
    const sqlite = new Database(':memory:')
    for (const m of migrations.slice(
      0,
      migrations.findIndex((x) => x.id.startsWith('0006')),
    )) {
      sqlite.exec(m.sql)
    }
    const add = sqlite.prepare(
      `INSERT INTO clients (ref, legal_given_name, legal_family_name, status, status_since, created_at, updated_at)
       VALUES (?, ?, ?, 'active', '2026-01-01', 'x', 'x')`,
    )
    add.run('C-000001', 'أحمد', 'خان')
    add.run('C-000002', 'Margaret', "O'Brien")
    add.run('C-000003', 'Łukasz', 'Nowak')
    add.run('C-000004', '小明', '王')
    const find = (match: string) =>
      sqlite.prepare('SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?').pluck().all(match)
    expect(find('"احمد"*')).toEqual([])
    expect(find('"lukasz"*')).toEqual([])
    sqlite.exec(migrations.find((m) => m.id === '0006-search-names-in-every-script')!.sql)
    expect(find('"احمد"*')).toEqual([1])
    expect(find('"obrien"*')).toEqual([2])
    expect(find('"brien"*')).toEqual([2])
    expect(find('"lukasz"*')).toEqual([3])
    expect(find('"王小明"*')).toEqual([4])
    expect(find('"小明"*')).toEqual([4])
    // People added or renamed afterwards are indexed the same way.
    add.run('C-000005', 'مُحَمَّد', 'إبراهيم')
    expect(find('"محمد" "ابراهيم"')).toEqual([5])
    sqlite.prepare(`UPDATE clients SET legal_family_name = 'Størmer' WHERE id = 3`).run()
    expect(find('"nowak"')).toEqual([])
    expect(find('"stormer"')).toEqual([3])
    // The index's words, for finding a name one typo away.
    const terms = sqlite
      .prepare(`SELECT term FROM clients_fts_terms WHERE term >= 'a' AND term < 'p'`)
      .pluck()
      .all()
    expect(terms).toEqual(['brien', 'lukasz', 'margaret', 'o', 'obrien'])
    sqlite.close()
  })
})
