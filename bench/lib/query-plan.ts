import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../../src/main/db/schema'
import type { SqliteDb } from '../../src/main/db/sqlite-file'

/**
 * `EXPLAIN QUERY PLAN` for benchmarks: what SQLite will do for a statement, and whether any step
 * reads a whole table instead of using an index. `capturingKysely` records the SQL the app's own
 * repository functions send, so their plans are checked rather than a hand-copied imitation.
 */

/** One statement's plan, as stored in the JSON report. */
export interface QueryPlan {
  readonly sql: string
  /** EXPLAIN QUERY PLAN's `detail` lines, in order (nesting is not shown). */
  readonly plan: readonly string[]
  /**
   * The lines that read every row: `SCAN t` of a stored table, also `SCAN t USING [COVERING] INDEX i`
   * (every entry of an index), or a virtual table scanned without its MATCH (FTS5 marks a MATCH
   * with `M` in the index string: `VIRTUAL TABLE INDEX 32:M2`). Scans of a materialised subquery or
   * a co-routine (a handful of rows already found) and `SCAN CONSTANT ROW` do not count.
   */
  readonly fullScans: readonly string[]
  /** True when `fullScans` is empty: every table is reached through an index (or FTS5 MATCH). */
  readonly usesIndex: boolean
  /** True when SQLite sorts the result itself (`USE TEMP B-TREE FOR ORDER BY`) instead of reading it in order. */
  readonly sortsInTempBtree: boolean
}

/** The full-scan lines of a plan (see `QueryPlan.fullScans`). */
export function fullScansIn(details: readonly string[]): string[] {
  const subqueries = new Set(
    details.flatMap((d) => /^(?:MATERIALIZE|CO-ROUTINE) (\S+)/.exec(d)?.[1] ?? []),
  )
  return details.filter((detail) => {
    const scan = /^SCAN (\S+)(.*)$/.exec(detail)
    if (!scan) return false
    const [, name = '', rest = ''] = scan
    if (name === 'CONSTANT' || subqueries.has(name)) return false
    const virtual = /^ VIRTUAL TABLE INDEX \d+:(\S*)/.exec(rest)
    if (virtual) return !(virtual[1] ?? '').includes('M')
    return true
  })
}

export function explainQueryPlan(
  sqlite: SqliteDb,
  sql: string,
  parameters: readonly unknown[] = [],
): QueryPlan {
  const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...parameters) as {
    detail: string
  }[]
  const plan = rows.map((r) => r.detail)
  const fullScans = fullScansIn(plan)
  return {
    sql: sql.replace(/\s+/g, ' ').trim(),
    plan,
    fullScans,
    usesIndex: fullScans.length === 0,
    sortsInTempBtree: plan.some((d) => d.startsWith('USE TEMP B-TREE FOR ORDER BY')),
  }
}

export interface CapturedQuery {
  readonly sql: string
  readonly parameters: readonly unknown[]
}

/**
 * A second kysely over the same open file that records every statement it runs. Pass its `db` to a
 * repository or service function, then `take()` what it sent. Never `destroy()` it: that would close
 * the shared SQLite handle.
 */
export function capturingKysely(sqlite: SqliteDb): {
  readonly db: Kysely<Database>
  take(): CapturedQuery[]
} {
  let captured: CapturedQuery[] = []
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    log: (event) => {
      if (event.level === 'query') {
        captured.push({ sql: event.query.sql, parameters: [...event.query.parameters] })
      }
    },
  })
  return {
    db,
    take() {
      const taken = captured
      captured = []
      return taken
    },
  }
}

/**
 * Throws, listing every offender with its full-scan lines and SQL, when a plan in the groups
 * (`{ group: { name: plan } }`) reads a whole table: hot queries must use an index.
 */
export function requireIndexes(
  groups: Readonly<Record<string, Readonly<Record<string, QueryPlan>>>>,
): void {
  const failures = Object.entries(groups).flatMap(([group, plans]) =>
    Object.entries(plans)
      .filter(([, p]) => !p.usesIndex)
      .map(([name, p]) => `  ${group}.${name}: ${p.fullScans.join('; ')}\n    ${p.sql}`),
  )
  if (failures.length > 0) {
    throw new Error(
      `Hot queries read a whole table instead of using an index:\n${failures.join('\n')}`,
    )
  }
}
