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
})
