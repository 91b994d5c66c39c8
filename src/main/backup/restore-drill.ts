import { tmpdir } from 'node:os'
import { formatDateTime } from '../../shared/dates'
import { anchorProblem, verifyChainIn } from '../audit'
import type { Db, ReadDb } from '../db/handles'
import { openEncryptedFile } from '../db/sqlite-file'
import type { Store } from '../db/store'
import { extractBundle, readBundleHeader } from './backup-bundle'
import { lastBackup } from './backup-repository'
import { checkDatabaseCopy, removeDatabaseFiles, scratchName } from './backup-service'

/**
 * A restore drill: the newest backup (or one named) restored to a scratch file, opened, its integrity
 * and audit chain checked, its tables counted beside the live file's, and the live audit log checked
 * to still hold the backup's newest event. Nothing live is touched; the scratch copy is removed.
 * What an office would otherwise only find out on the day it needs the backup.
 */
export interface DrillReport {
  readonly result: 'passed' | 'failed'
  readonly backupPath: string
  readonly backupMadeAt: string | null
  /** One plain paragraph saying what was checked and what was found. */
  readonly detail: string
  readonly tables: { name: string; inBackup: number; now: number }[]
}

function userTables(sqlite: ReturnType<typeof openEncryptedFile>): string[] {
  const rows = sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .all() as { name: string; sql: string }[]
  const virtual = rows.filter((r) => /^CREATE VIRTUAL TABLE/i.test(r.sql)).map((r) => r.name)
  return rows
    .map((r) => r.name)
    .filter(
      (n) => !n.startsWith('sqlite_') && !virtual.some((v) => n === v || n.startsWith(`${v}_`)),
    )
}

async function countNow(db: ReadDb, table: string): Promise<number> {
  const row = await db
    .selectFrom(table as 'clients')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Runs the drill against `file`, or the newest backup recorded. Never throws for a bad backup. */
export async function runRestoreDrill(
  store: Store,
  file: string | null,
  onStage: (stage: string, index: number) => Promise<void>,
  scratchFolder = tmpdir(),
): Promise<DrillReport> {
  const target = file ?? (await lastBackup(store.db))?.path ?? null
  if (!target) {
    return {
      result: 'failed',
      backupPath: '',
      backupMadeAt: null,
      detail: 'There is no backup to test yet. Make one first.',
      tables: [],
    }
  }
  const scratch = scratchName(scratchFolder)
  let madeAt: string | null = null
  try {
    await onStage('reading the backup', 0)
    const opened = readBundleHeader(target)
    madeAt = opened.header.createdAt
    await onStage('restoring it to a scratch copy', 1)
    extractBundle(target, opened, store.dataKey, scratch)
    await onStage('opening the copy and checking it', 2)
    const { integrity } = checkDatabaseCopy(scratch, store.dataKey, `The backup ${target}`)
    const sqlite = openEncryptedFile(scratch, store.dataKey, { create: false, readonly: true })
    try {
      const chain = verifyChainIn(sqlite)
      const tables: { name: string; inBackup: number; now: number }[] = []
      for (const name of userTables(sqlite)) {
        const inBackup = Number(sqlite.prepare(`SELECT count(*) FROM "${name}"`).pluck().get())
        tables.push({ name, inBackup, now: await countNow(store.db, name) })
      }
      await onStage('comparing it with the data file', 3)
      const anchor = opened.header.auditAnchor
      const live = anchor
        ? await anchorProblem(store.db, anchor, `the backup made ${formatDateTime(madeAt)}`)
        : null
      const problems = [
        integrity === 'ok' ? null : `its integrity check found: ${integrity}`,
        chain.isIntact
          ? null
          : `its audit log is broken at event ${chain.firstBroken!.id}: ${chain.firstBroken!.reason}`,
        live ? `the data file's audit log does not hold it: ${live}` : null,
      ].filter((p): p is string => p !== null)
      const people = tables.find((t) => t.name === 'clients')
      const summary = `restored, opened and checked: ${tables.length} tables, ${people?.inBackup ?? 0} people, ${chain.checked} audit events`
      return {
        result: problems.length === 0 ? 'passed' : 'failed',
        backupPath: target,
        backupMadeAt: madeAt,
        detail:
          problems.length === 0
            ? `The backup made ${formatDateTime(madeAt)} ${summary}; its audit log is intact and the data file's log still holds every event in it.`
            : `The backup made ${formatDateTime(madeAt)} ${summary}, but ${problems.join('; ')}.`,
        tables,
      }
    } finally {
      sqlite.close()
    }
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    return { result: 'failed', backupPath: target, backupMadeAt: madeAt, detail: why, tables: [] }
  } finally {
    removeDatabaseFiles(scratch)
  }
}

export async function recordDrill(
  db: Db,
  report: DrillReport,
  startedAt: Date,
  finishedAt: Date,
  byUserId: number | null,
): Promise<void> {
  await db
    .insertInto('restore_drills')
    .values({
      started_at: startedAt.toISOString(),
      finished_at: finishedAt.toISOString(),
      backup_path: report.backupPath,
      backup_made_at: report.backupMadeAt,
      result: report.result,
      detail: report.detail,
      by_user_id: byUserId,
    })
    .execute()
}

/** The newest drill, and the newest that passed, for the Backups page. */
export async function lastDrills(db: ReadDb) {
  const newest = (result?: 'passed') => {
    let query = db.selectFrom('restore_drills').selectAll().orderBy('finished_at', 'desc').limit(1)
    if (result) query = query.where('result', '=', result)
    return query.executeTakeFirst()
  }
  const [last, lastPassed] = [await newest(), await newest('passed')]
  const view = (row: typeof last) =>
    row
      ? { at: row.finished_at, result: row.result, backupPath: row.backup_path, detail: row.detail }
      : null
  return { lastDrill: view(last), lastPassedDrill: view(lastPassed) }
}
