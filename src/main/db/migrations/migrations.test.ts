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
})
