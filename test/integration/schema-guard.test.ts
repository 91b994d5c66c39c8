import { join } from 'node:path'
import Database from 'better-sqlite3-multiple-ciphers'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../src/main/db/migrations'
import { readFileSchema, readTypedSchema, schemaDifferences } from '../helpers/schema-guard'
import { MISMATCH_MIGRATION } from './fixtures/schema-mismatch'

const ROOT = join(import.meta.dirname, '..', '..')

function migrated(sql: readonly string[]) {
  const sqlite = new Database(':memory:')
  for (const step of sql) sqlite.exec(step)
  return sqlite
}

describe('the typed schema', () => {
  it('agrees with the file every migration makes: tables, columns, nullability, types and CHECK lists', () => {
    const sqlite = migrated(migrations.map((m) => m.sql))
    const typed = readTypedSchema(join(ROOT, 'src/main/db/schema.ts'))
    expect(schemaDifferences(typed, readFileSchema(sqlite))).toEqual([])
    // The guard read something real: every table, with the literal unions of the CHECKed columns.
    expect(typed.get('clients')?.get('status')?.literals).toEqual([
      'active',
      'closed',
      'enquiry',
      'referral',
    ])
    expect(typed.get('users')?.get('role')?.literals).toHaveLength(5)
  })

  it('names each way a schema.ts can disagree with its migration (a deliberately wrong fixture)', () => {
    const sqlite = migrated([MISMATCH_MIGRATION])
    const typed = readTypedSchema(join(import.meta.dirname, 'fixtures/schema-mismatch.ts'))
    expect(schemaDifferences(typed, readFileSchema(sqlite)).sort()).toEqual(
      [
        'table unknown_to_types is in the file but not in schema.ts',
        'table ghosts is in schema.ts but not in the file',
        'people.kind is missing from schema.ts',
        'people.note is missing from schema.ts',
        'people.name is NOT NULL in the file but nullable in schema.ts',
        'people.status allows closed, open in the file but archived, open in schema.ts',
        'people.visits holds numbers in the file but text in schema.ts',
        'people.age is in schema.ts but not in the file',
      ].sort(),
    )
  })
})
