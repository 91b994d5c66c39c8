import { describe, expect, expectTypeOf, it } from 'vitest'
import type { Db, ReadDb } from '../db/handles'
import type { ContextFor, JobContext, ReadContext, WriteContext } from './handler'

/**
 * These checks run in the type checker (`npm run typecheck` covers test files): each
 * `@ts-expect-error` fails the typecheck if the line below it ever compiles, so a read handler that
 * could write would break the build.
 */
function readOnlyHandle(db: ReadDb) {
  // @ts-expect-error a read route's handle cannot insert
  db.insertInto('users')
  // @ts-expect-error … nor update
  db.updateTable('clients')
  // @ts-expect-error … nor delete
  db.deleteFrom('case_notes')
  // @ts-expect-error … nor open a transaction of its own
  db.transaction()
  return db.selectFrom('clients').select('ref')
}

describe('handler context types', () => {
  it('give each route kind the database handle it may use', () => {
    expectTypeOf<ContextFor<'people.get'>>().toEqualTypeOf<ReadContext>()
    expectTypeOf<ContextFor<'people.update'>>().toEqualTypeOf<WriteContext>()
    expectTypeOf<ContextFor<'imports.commit'>>().toEqualTypeOf<JobContext>()
    expectTypeOf<ReturnType<ReadContext['db']>>().toEqualTypeOf<ReadDb>()
    expectTypeOf<ReturnType<WriteContext['db']>>().toEqualTypeOf<Db>()
    expectTypeOf<ReturnType<JobContext['db']>>().toEqualTypeOf<ReadDb>()
    // A writing handle can be passed wherever reading is all that is needed.
    expectTypeOf<Db>().toMatchTypeOf<ReadDb>()
    expect(typeof readOnlyHandle).toBe('function')
  })
})
