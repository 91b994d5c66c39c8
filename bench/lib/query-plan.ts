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
   * a co-routine (a handful of rows already found) and `SCAN CONSTANT ROW` do not count, nor do
   * `scansToLimit`.
   */
  readonly fullScans: readonly string[]
  /**
   * Scans that read rows in the ORDER BY's order and stop at the LIMIT: they read OFFSET + LIMIT
   * rows however big the table (a deep page still reads every row before it). See `scansToLimitIn`.
   */
  readonly scansToLimit: readonly string[]
  /** True when `fullScans` is empty: every table is reached through an index (or FTS5 MATCH). */
  readonly usesIndex: boolean
  /** True when SQLite sorts the result itself (`USE TEMP B-TREE FOR ORDER BY`) instead of reading it in order. */
  readonly sortsInTempBtree: boolean
}

/**
 * fts5vocab's plan number (`idxNum`) marks the constraints on `term` it walks by: equal, or from a
 * lower to an upper bound (SQLite's fts5_vocab.c: FTS5_VOCAB_TERM_EQ, _GE, _LE).
 */
const VOCAB_TERM_EQ = 0x100
const VOCAB_TERM_RANGE = 0x200 | 0x400

function isBoundedVocabScan(idxNum: number): boolean {
  return (idxNum & VOCAB_TERM_EQ) !== 0 || (idxNum & VOCAB_TERM_RANGE) === VOCAB_TERM_RANGE
}

/**
 * The full-scan lines of a plan (see `QueryPlan.fullScans`). `vocabTables` names the fts5vocab
 * tables: a scan of one between two terms (or of one term) reads only those terms.
 */
export function fullScansIn(
  details: readonly string[],
  vocabTables: readonly string[] = [],
): string[] {
  const subqueries = new Set(
    details.flatMap((d) => /^(?:MATERIALIZE|CO-ROUTINE) (\S+)/.exec(d)?.[1] ?? []),
  )
  return details.filter((detail) => {
    const scan = /^SCAN (\S+)(.*)$/.exec(detail)
    if (!scan) return false
    const [, name = '', rest = ''] = scan
    if (name === 'CONSTANT' || subqueries.has(name)) return false
    const virtual = /^ VIRTUAL TABLE INDEX (\d+):(\S*)/.exec(rest)
    if (virtual && vocabTables.includes(name)) return !isBoundedVocabScan(Number(virtual[1]))
    if (virtual) return !(virtual[2] ?? '').includes('M')
    return true
  })
}

/** The fts5vocab tables of a file (their scans are judged by `isBoundedVocabScan`). */
function vocabTablesOf(sqlite: SqliteDb): string[] {
  return sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5vocab%'`)
    .pluck()
    .all() as string[]
}

/** A sort of only the last ORDER BY terms (ties within an index's order) still stops at the LIMIT. */
const PARTIAL_SORT = /^USE TEMP B-TREE FOR (?:LAST (?:\d+ )?TERMS? OF|RIGHT PART OF) ORDER BY$/

/**
 * The full-scan lines of a plan that stop at the statement's LIMIT: only the outermost loop (the
 * plan's first line) of a statement with ORDER BY and LIMIT, no WHERE or GROUP BY, and no sort of the
 * whole result (`USE TEMP B-TREE FOR ORDER BY`, GROUP BY or DISTINCT; sorting only the last terms is
 * fine). A WHERE disqualifies it: a condition the index cannot answer throws rows away and the walk
 * reads on, by an amount the plan does not show, so it stays a full scan.
 */
export function scansToLimitIn(sql: string, details: readonly string[]): string[] {
  const first = details[0]
  if (first === undefined || !fullScansIn([first]).includes(first)) return []
  if (/ VIRTUAL TABLE /.test(first)) return []
  if (!/\border\s+by\b/i.test(sql) || !/\blimit\b/i.test(sql)) return []
  if (/\bwhere\b/i.test(sql) || /\bgroup\s+by\b/i.test(sql)) return []
  const sorts = details.filter((d) => d.startsWith('USE TEMP B-TREE FOR'))
  return sorts.every((d) => PARTIAL_SORT.test(d)) ? [first] : []
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
  const scansToLimit = scansToLimitIn(sql, plan)
  const fullScans = fullScansIn(plan, vocabTablesOf(sqlite)).filter(
    (line) => !scansToLimit.includes(line),
  )
  return {
    sql: sql.replace(/\s+/g, ' ').trim(),
    plan,
    fullScans,
    scansToLimit,
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
 *
 * `accepted` names the scans a suite knows about and keeps (`{ 'group.name': why }`): they do not
 * fail the run, but the suite must report them with their reason. An accepted plan that is missing
 * or no longer scans fails too, so the list (and the docs that quote it) stays true.
 */
export function requireIndexes(
  groups: Readonly<Record<string, Readonly<Record<string, QueryPlan>>>>,
  accepted: Readonly<Record<string, string>> = {},
): void {
  const plans = new Map<string, QueryPlan>(
    Object.entries(groups).flatMap(([group, named]) =>
      Object.entries(named).map(([name, plan]) => [`${group}.${name}`, plan] as const),
    ),
  )
  const failures = [...plans]
    .filter(([path, p]) => !p.usesIndex && !(path in accepted))
    .map(([path, p]) => `  ${path}: ${p.fullScans.join('; ')}\n    ${p.sql}`)
  const stale = Object.keys(accepted).filter((path) => plans.get(path)?.usesIndex !== false)
  if (failures.length > 0) {
    throw new Error(
      `Hot queries read a whole table instead of using an index:\n${failures.join('\n')}`,
    )
  }
  if (stale.length > 0) {
    throw new Error(
      `Accepted full scans that no longer happen (or no longer exist): ${stale.join(', ')}. ` +
        'Remove them from the accepted list and the docs.',
    )
  }
}
