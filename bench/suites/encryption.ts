import { statSync } from 'node:fs'
import { join } from 'node:path'
import { SeededRandom } from '../lib/random'
import { byScale, type Scale } from '../lib/scale'
import {
  createEncryptedVariant,
  createPlainVariant,
  requireEncryptionAsNamed,
  requireSamePragmas,
  type SqliteVariant,
} from '../lib/sqlite-variants'
import { compare, roundMs, roundRatio } from '../lib/stats'
import type { BenchSuite, SuiteContext } from '../lib/suite'
import { alternate, nowMs, Recorder, repeat, type RepeatOptions } from '../lib/timing'

/**
 * What encryption costs: the same ledger-like table and the same work on an encrypted file
 * (Casebook's `openEncryptedFile`) and on a plain SQLite file with identical pragmas. Both files are
 * open at once and every round runs on both, alternating which goes first.
 */

interface Settings {
  /** Rows loaded before the mixes run. */
  readonly rows: number
  readonly accounts: number
  /** Rows per transaction while loading. */
  readonly loadBatchRows: number
  readonly write: RepeatOptions & { readonly insertRows: number; readonly updateRows: number }
  readonly read: RepeatOptions & {
    readonly pointLookups: number
    readonly rangeScans: number
    /** Width of each range scan's date window. */
    readonly rangeDays: number
  }
}

const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: {
    rows: 20_000,
    accounts: 200,
    loadBatchRows: 2_000,
    write: { warmup: 1, rounds: 5, insertRows: 500, updateRows: 250 },
    read: { warmup: 1, rounds: 5, pointLookups: 500, rangeScans: 50, rangeDays: 90 },
  },
  full: {
    rows: 1_000_000,
    accounts: 2_000,
    loadBatchRows: 10_000,
    write: { warmup: 2, rounds: 30, insertRows: 2_000, updateRows: 1_000 },
    read: { warmup: 1, rounds: 15, pointLookups: 1_000, rangeScans: 100, rangeDays: 90 },
  },
}

const SCHEMA = `
CREATE TABLE ledger_entries (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  posted_on TEXT NOT NULL,
  amount_pence INTEGER NOT NULL,
  description TEXT NOT NULL
) STRICT;
CREATE INDEX ledger_entries_account_date ON ledger_entries (account_id, posted_on);
`

const SQL = {
  insert: `INSERT INTO ledger_entries (account_id, posted_on, amount_pence, description)
           VALUES (?, ?, ?, ?)`,
  update: `UPDATE ledger_entries SET amount_pence = ?, description = ? WHERE id = ?`,
  point: `SELECT id, account_id, posted_on, amount_pence, description
          FROM ledger_entries WHERE id = ?`,
  range: `SELECT id, posted_on, amount_pence, description FROM ledger_entries
          WHERE account_id = ? AND posted_on >= ? AND posted_on < ? ORDER BY posted_on`,
  /** Monthly totals across every account: a full scan with a GROUP BY. */
  groupBy: `SELECT substr(posted_on, 1, 7) AS month, count(*) AS entries, sum(amount_pence) AS net
            FROM ledger_entries GROUP BY month ORDER BY month`,
} as const

type Row = readonly [accountId: number, postedOn: string, amountPence: number, description: string]

const FIRST_DAY = Date.UTC(2019, 0, 1)
const SPAN_DAYS = 7 * 365
const DAY_MS = 86_400_000

const PAYEES = [
  'Direct payment',
  'Northside Support CIC',
  'Acme Home Care Ltd',
  'Council tax',
  'Respite break',
  'Day centre fees',
  'Payroll PA wages',
  'HMRC PAYE',
  'Taxi to clinic',
  'Refund from provider',
] as const

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * DAY_MS).toISOString().slice(0, 10)
}

/** A ledger row: entries arrive in date order (row `index` of `rows`), accounts at random. */
function ledgerRow(random: SeededRandom, index: number, rows: number, accounts: number): Row {
  const day = Math.floor((index * SPAN_DAYS) / rows)
  const payee = random.pick(PAYEES)
  const description = `${payee} ref ${random.int(100_000, 999_999)}`.padEnd(30, '.')
  return [random.int(1, accounts), isoDay(day), random.int(-50_000, 50_000), description]
}

type Update = readonly [amountPence: number, description: string, id: number]

interface Prepared {
  readonly variant: SqliteVariant
  readonly insertRows: (rows: readonly Row[]) => void
  readonly updateRows: (updates: readonly Update[]) => void
  readonly point: (id: number) => unknown
  readonly range: (accountId: number, from: string, to: string) => unknown[]
  readonly groupBy: () => unknown[]
}

function prepare(variant: SqliteVariant): Prepared {
  const { sqlite } = variant
  sqlite.exec(SCHEMA)
  const insert = sqlite.prepare(SQL.insert)
  const update = sqlite.prepare(SQL.update)
  const point = sqlite.prepare(SQL.point)
  const range = sqlite.prepare(SQL.range)
  const groupBy = sqlite.prepare(SQL.groupBy)
  return {
    variant,
    insertRows: (rows) => {
      for (const row of rows) insert.run(...row)
    },
    updateRows: (updates) => {
      for (const u of updates) update.run(...u)
    },
    point: (id) => point.get(id),
    range: (accountId, from, to) => range.all(accountId, from, to),
    groupBy: () => groupBy.all(),
  }
}

/**
 * Runs `work` in one transaction and times its statements and its COMMIT apart. The commit holds
 * what encryption adds to writing: each changed page is encrypted into the WAL, fsynced, and
 * copied back to the file by SQLite's automatic checkpoint when the WAL passes 1,000 pages.
 */
function inTransaction(db: Prepared, work: () => void): { statementsMs: number; commitMs: number } {
  const { sqlite } = db.variant
  const begin = nowMs()
  sqlite.exec('BEGIN')
  try {
    work()
  } catch (error) {
    sqlite.exec('ROLLBACK')
    throw error
  }
  const committing = nowMs()
  sqlite.exec('COMMIT')
  return { statementsMs: committing - begin, commitMs: nowMs() - committing }
}

/** Loads `rows` rows into every variant in batches of one transaction each, batch by batch. */
function load(settings: Settings, dbs: readonly Prepared[], context: SuiteContext): Recorder {
  const recorder = new Recorder()
  const random = new SeededRandom(1)
  const batches = Math.ceil(settings.rows / settings.loadBatchRows)
  const started = nowMs()
  for (let b = 0; b < batches; b++) {
    const rows: Row[] = []
    const end = Math.min(settings.rows, (b + 1) * settings.loadBatchRows)
    for (let i = b * settings.loadBatchRows; i < end; i++) {
      rows.push(ledgerRow(random, i, settings.rows, settings.accounts))
    }
    for (const db of alternate(b, dbs)) {
      const t = inTransaction(db, () => db.insertRows(rows))
      recorder.add(db.variant.name, t.statementsMs + t.commitMs)
    }
    if ((b + 1) % Math.max(1, Math.floor(batches / 10)) === 0 || b === batches - 1) {
      context.log(
        `loaded ${end.toLocaleString('en-GB')} rows into each file (${((nowMs() - started) / 1000).toFixed(1)} s)`,
      )
    }
  }
  return recorder
}

/** Records `part:variant` and returns the time taken. */
function timePart(recorder: Recorder, part: string, variant: string, fn: () => void): number {
  const start = nowMs()
  fn()
  const ms = nowMs() - start
  recorder.add(`${part}:${variant}`, ms)
  return ms
}

/**
 * One read round: point lookups by id, range scans by account and dates, and a GROUP BY over the
 * whole table. Returns how many rows it found, which must be the same on every variant.
 */
function readRound(settings: Settings, db: Prepared, seed: number, recorder: Recorder): number {
  const { read } = settings
  const random = new SeededRandom(1_000 + seed)
  const name = db.variant.name
  let found = 0
  let total = timePart(recorder, 'pointLookups', name, () => {
    for (let i = 0; i < read.pointLookups; i++) if (db.point(random.int(1, settings.rows))) found++
  })
  total += timePart(recorder, 'rangeScans', name, () => {
    for (let i = 0; i < read.rangeScans; i++) {
      const from = random.int(0, SPAN_DAYS - read.rangeDays)
      const account = random.int(1, settings.accounts)
      found += db.range(account, isoDay(from), isoDay(from + read.rangeDays)).length
    }
  })
  total += timePart(recorder, 'groupBy', name, () => {
    found += db.groupBy().length
  })
  recorder.add(`round:${name}`, total)
  return found
}

/** Records a transaction's parts as `<part>Statements`, `<part>Commit` and `<part>` (the sum). */
function recordTransaction(
  recorder: Recorder,
  part: string,
  variant: string,
  t: { statementsMs: number; commitMs: number },
): number {
  recorder.add(`${part}Statements:${variant}`, t.statementsMs)
  recorder.add(`${part}Commit:${variant}`, t.commitMs)
  recorder.add(`${part}:${variant}`, t.statementsMs + t.commitMs)
  return t.statementsMs + t.commitMs
}

/**
 * One write round: a transaction inserting new entries (dated on the last loaded day, for random
 * accounts), then a transaction updating random existing entries by id.
 */
function writeRound(settings: Settings, db: Prepared, seed: number, recorder: Recorder): void {
  const { write } = settings
  const random = new SeededRandom(2_000_000 + seed)
  const name = db.variant.name
  const rows: Row[] = []
  for (let i = 0; i < write.insertRows; i++) {
    rows.push(ledgerRow(random, settings.rows - 1, settings.rows, settings.accounts))
  }
  const updates: Update[] = []
  for (let i = 0; i < write.updateRows; i++) {
    const description = `Corrected entry ref ${random.int(100_000, 999_999)}`.padEnd(30, '.')
    updates.push([random.int(-50_000, 50_000), description, random.int(1, settings.rows)])
  }
  const inserted = inTransaction(db, () => db.insertRows(rows))
  const updated = inTransaction(db, () => db.updateRows(updates))
  const total =
    recordTransaction(recorder, 'insertBatch', name, inserted) +
    recordTransaction(recorder, 'updateBatch', name, updated)
  recorder.add(`round:${name}`, total)
}

/** `compare(encrypted, plain)` for one recorded part. */
function encryptedVsPlain(recorder: Recorder, part: string) {
  return compare(
    { name: 'encrypted', samplesMs: recorder.samples(`${part}:encrypted`) },
    { name: 'plain', samplesMs: recorder.samples(`${part}:plain`) },
  )
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0)
}

export const encryptionSuite: BenchSuite = {
  name: 'encryption',
  groups: ['foundation'],
  description: 'the same ledger workload on an encrypted file and on a plain SQLite file',
  async run(context) {
    const settings = byScale(context.scale, SETTINGS)
    return context.withTempDir(async (dir) => {
      const variants = [
        createEncryptedVariant(join(dir, 'encrypted.db')),
        createPlainVariant(join(dir, 'plain.db')),
      ]
      try {
        const pragmas = requireSamePragmas(variants)
        const dbs = variants.map(prepare)

        context.log(`loading ${settings.rows.toLocaleString('en-GB')} rows into each file`)
        const loaded = load(settings, dbs, context)
        for (const v of variants) v.sqlite.pragma('wal_checkpoint(TRUNCATE)')
        requireEncryptionAsNamed(variants)
        const sizes = Object.fromEntries(
          variants.map((v) => [`${v.name}Bytes`, statSync(v.file).size]),
        )

        context.log(`read mix: ${settings.read.rounds} rounds on each file`)
        const reads = await repeat(settings.read, ({ index, recorder }) => {
          const found = alternate(index, dbs).map((db) => readRound(settings, db, index, recorder))
          if (new Set(found).size !== 1) {
            throw new Error(`The files returned different results (${found.join(' vs ')}).`)
          }
        })

        context.log(`write mix: ${settings.write.rounds} rounds on each file`)
        const writes = await repeat(settings.write, ({ index, recorder }) => {
          for (const db of alternate(index, dbs)) writeRound(settings, db, index, recorder)
        })

        const loadEncryptedMs = sum(loaded.samples('encrypted'))
        const loadPlainMs = sum(loaded.samples('plain'))
        return {
          parameters: { ...settings, table: 'ledger_entries', pragmas },
          files: sizes,
          load: {
            batch: compare(
              { name: 'encrypted', samplesMs: loaded.samples('encrypted') },
              { name: 'plain', samplesMs: loaded.samples('plain') },
            ),
            total: {
              encryptedMs: roundMs(loadEncryptedMs),
              plainMs: roundMs(loadPlainMs),
              encryptedOverPlainRatio: roundRatio(loadEncryptedMs / loadPlainMs),
            },
          },
          writeMix: {
            round: encryptedVsPlain(writes, 'round'),
            insertBatch: encryptedVsPlain(writes, 'insertBatch'),
            updateBatch: encryptedVsPlain(writes, 'updateBatch'),
            inside: {
              insertStatements: encryptedVsPlain(writes, 'insertBatchStatements'),
              insertCommit: encryptedVsPlain(writes, 'insertBatchCommit'),
              updateStatements: encryptedVsPlain(writes, 'updateBatchStatements'),
              updateCommit: encryptedVsPlain(writes, 'updateBatchCommit'),
            },
          },
          readMix: {
            round: encryptedVsPlain(reads, 'round'),
            pointLookups: encryptedVsPlain(reads, 'pointLookups'),
            rangeScans: encryptedVsPlain(reads, 'rangeScans'),
            groupBy: encryptedVsPlain(reads, 'groupBy'),
          },
        }
      } finally {
        for (const v of variants) v.sqlite.close()
      }
    })
  },
}
