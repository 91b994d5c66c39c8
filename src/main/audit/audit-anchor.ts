import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { z } from 'zod'
import { AppFailure } from '../../shared/result'
import { writeFileAtomic } from '../db/atomic-file'
import type { Db, ReadDb } from '../db/handles'

/**
 * The audit log's anchor: the id and hash of the newest event, kept in a small file beside the data
 * file (`casebook.db.anchor`) where deleting rows from the database cannot reach it, and sealed with a
 * MAC so it cannot be edited or replaced without the data file's own secret. The MAC key is random and
 * lives inside the encrypted file (so rotating the data key does not touch it). Every append first
 * checks the log still holds the anchored event unchanged; `audit verify` checks it too, and against
 * the anchors copied into backups, so a log cut short, emptied or rewritten is caught.
 */
export interface AnchorPoint {
  readonly id: number
  readonly hash: string
}

/** Which data file an anchor belongs to. */
export interface AnchorPlace {
  readonly dataFile: string
  readonly databaseId: string
}

const KEY_NAME = 'audit_anchor_key'

const AnchorFile = z.object({
  format: z.literal('casebook-audit-anchor'),
  version: z.literal(1),
  databaseId: z.string(),
  id: z.number().int().nonnegative(),
  hash: z.string(),
  mac: z.string(),
})

export function anchorPathFor(dataFile: string): string {
  return `${dataFile}.anchor`
}

export function brokenLog(message: string, details?: Record<string, unknown>): AppFailure {
  return new AppFailure('AUDIT.BROKEN', message, details)
}

async function readKey(db: ReadDb): Promise<Buffer | null> {
  const row = await db
    .selectFrom('casebook_meta')
    .select('value')
    .where('key', '=', KEY_NAME)
    .executeTakeFirst()
  return row ? Buffer.from(row.value, 'hex') : null
}

function macOf(key: Buffer, place: AnchorPlace, point: AnchorPoint): string {
  return createHmac('sha256', key)
    .update(`${place.databaseId}\n${point.id}\n${point.hash}`)
    .digest('hex')
}

/**
 * The anchor beside the data file, or null when the file has never been anchored (made before
 * anchors, or brand new). An anchor that is missing once there has been one, unreadable, altered, or
 * for another data file is reported as AUDIT.BROKEN: nothing but Casebook's own appends changes it.
 */
export async function readAnchor(db: ReadDb, place: AnchorPlace): Promise<AnchorPoint | null> {
  const path = anchorPathFor(place.dataFile)
  const key = await readKey(db)
  const hasFile = existsSync(path)
  if (!key && !hasFile) return null
  if (!hasFile)
    throw brokenLog(`The audit log's anchor (${path}) is missing: it was deleted or moved.`)
  if (!key) {
    throw brokenLog(
      `The audit log's anchor key was removed from the data file, so its anchor (${path}) cannot be checked.`,
    )
  }
  let parsed: z.infer<typeof AnchorFile>
  try {
    parsed = AnchorFile.parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    throw brokenLog(`The audit log's anchor (${path}) cannot be read: it was damaged or replaced.`)
  }
  const expected = Buffer.from(macOf(key, place, parsed), 'hex')
  const given = Buffer.from(parsed.mac, 'hex')
  if (
    parsed.databaseId !== place.databaseId ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected)
  ) {
    throw brokenLog(
      `The audit log's anchor (${path}) was altered, or belongs to another data file.`,
    )
  }
  return { id: parsed.id, hash: parsed.hash }
}

/**
 * Writes the anchor atomically (a crash leaves the old one or the new one), owner-only, making the
 * file's anchor key first if it has none.
 */
export async function writeAnchor(db: Db, place: AnchorPlace, point: AnchorPoint): Promise<void> {
  let key = await readKey(db)
  if (!key) {
    key = randomBytes(32)
    await db
      .insertInto('casebook_meta')
      .values({ key: KEY_NAME, value: key.toString('hex') })
      .execute()
  }
  const file = {
    format: 'casebook-audit-anchor' as const,
    version: 1 as const,
    databaseId: place.databaseId,
    id: point.id,
    hash: point.hash,
    mac: macOf(key, place, point),
  }
  writeFileAtomic(anchorPathFor(place.dataFile), `${JSON.stringify(file)}\n`)
}

/**
 * Whether the log still holds `point` unchanged: null when it does, else why not. Used against the
 * anchor beside the file and against anchors kept elsewhere.
 */
export async function anchorProblem(
  db: ReadDb,
  point: AnchorPoint,
  source: string,
): Promise<string | null> {
  if (point.id === 0) return null
  const row = await db
    .selectFrom('audit_events')
    .select(['id', 'hash'])
    .where('id', '=', point.id)
    .executeTakeFirst()
  if (!row) {
    const last = await db
      .selectFrom('audit_events')
      .select('id')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()
    return last
      ? `events ${last.id + 1} to ${point.id} were removed from the end of the log (${source} records event ${point.id})`
      : `the log is empty, but ${source} records ${point.id} events`
  }
  return row.hash === point.hash
    ? null
    : `event ${point.id} is not the event ${source} records: the log was rewritten`
}
