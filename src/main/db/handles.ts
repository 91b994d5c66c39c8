import type { Kysely } from 'kysely'
import type { Database } from './schema'

/** A database handle that may write: a write route's transaction, or a job's own transaction. */
export type Db = Kysely<Database>

/**
 * What a read route's handler (and every query that only reads) is given: it can select, and run
 * raw `sql` (FTS5 search needs it), but `insertInto`, `updateTable`, `deleteFrom`, `transaction`
 * and `schema` do not exist on it, so a read handler that tries to write does not compile. A `Db`
 * is a `ReadDb`, so writing code can call reading functions.
 *
 * @example
 * export async function findPersonByRef(db: ReadDb, ref: string) {
 *   return db.selectFrom('clients').selectAll().where('ref', '=', ref).executeTakeFirst()
 * }
 */
export type ReadDb = Pick<
  Kysely<Database>,
  'selectFrom' | 'selectNoFrom' | 'fn' | 'dynamic' | 'getExecutor' | 'isTransaction'
>
