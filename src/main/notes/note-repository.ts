import { sql } from 'kysely'
import type { CaseNoteKindCode } from '../../shared/reference'
import type { CaseNote, NoteHit } from '../../shared/contract/people-schemas'
import { rowToSummary } from '../people'
import type { Db, ReadDb } from '../db/handles'
import { readNote } from './note-thread-repository'
import { isCurrentText, type Viewer, visibleTo } from './note-visibility'

export interface NewNote {
  personId: number
  authorId: number
  kind: CaseNoteKindCode
  occurredAt: string
  durationMinutes: number | null
  subject: string
  body: string
  isRestricted: boolean
  at: string
}

/** A new note as the columns that hold it: one mapping for one note and for many. */
function noteValues(n: NewNote) {
  return {
    client_id: n.personId,
    author_id: n.authorId,
    kind: n.kind,
    occurred_at: n.occurredAt,
    duration_minutes: n.durationMinutes,
    subject: n.subject,
    body: n.body,
    is_restricted: n.isRestricted ? 1 : 0,
    created_at: n.at,
    updated_at: n.at,
  }
}

export async function insertNote(db: Db, n: NewNote): Promise<CaseNote> {
  const { id } = await db
    .insertInto('case_notes')
    .values(noteValues(n))
    .returning('id')
    .executeTakeFirstOrThrow()
  return readNote(db, id)
}

/**
 * Rows per statement in `insertNotes`: 5,000 parameters, far below SQLite's limit of 32,766. Against
 * one INSERT a note this halved the CPU time; 2,000 rows a statement saved only a tenth more.
 */
const NOTES_PER_STATEMENT = 500

/**
 * Writes many notes (demonstration data, imports) as `insertNote` writes one, a few hundred rows per
 * statement: one INSERT per note costs more in building and preparing statements than in SQLite. Run
 * it inside the caller's transaction, so the notes are all written or none are.
 */
export async function insertNotes(db: Db, notes: readonly NewNote[]): Promise<number> {
  for (let start = 0; start < notes.length; start += NOTES_PER_STATEMENT) {
    const rows = notes.slice(start, start + NOTES_PER_STATEMENT).map(noteValues)
    await db.insertInto('case_notes').values(rows).execute()
  }
  return notes.length
}

/**
 * Quotes every word so FTS5 syntax in what people type cannot break the query; all words must match.
 * The last word also matches as a prefix (search as you type), once it has three letters: a one- or
 * two-letter prefix would match most of the notes.
 */
export function noteTextQuery(text: string): string | null {
  const words = text
    .split(/\s+/)
    .map((w) => w.replace(/"/g, ''))
    .filter((w) => w.length > 0)
    .slice(0, 12)
  if (words.length === 0) return null
  return words
    .map((w, i) => (i === words.length - 1 && w.length >= 3 ? `"${w}"*` : `"${w}"`))
    .join(' ')
}

/** Above this many matches, ranking every one costs more than it helps: show the newest instead. */
export const RANK_LIMIT = 2000

async function countMatchesUpTo(db: ReadDb, match: string, limit: number): Promise<number> {
  const row = await db
    .selectFrom(
      sql<{
        one: number
      }>`(SELECT 1 AS one FROM case_notes_fts WHERE case_notes_fts MATCH ${match} LIMIT ${limit})`.as(
        'm',
      ),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Full-text search over the notes the viewer may see, with a highlighted snippet. A specific search
 * (up to RANK_LIMIT matches) comes back best match first (bm25); a broad one newest first, which FTS5
 * can stream without scoring every match, so a common word stays fast on half a million notes.
 */
export async function searchNotes(
  db: ReadDb,
  text: string,
  viewer: Viewer,
  options: { personId?: number; limit: number },
): Promise<NoteHit[]> {
  const match = noteTextQuery(text)
  if (!match) return []
  let query = db
    .selectFrom(sql<{ rowid: number }>`case_notes_fts`.as('f'))
    .innerJoin('case_notes', (join) => join.on(sql`case_notes.id`, '=', sql`f.rowid`))
    .innerJoin('clients', 'clients.id', 'case_notes.client_id')
    .leftJoin('users', 'users.id', 'clients.key_worker_id')
    .selectAll('clients')
    .select([
      'users.display_name as key_worker_name',
      sql<number>`coalesce(case_notes.amends_id, case_notes.id)`.as('note_id'),
      'case_notes.occurred_at',
      'case_notes.kind as note_kind',
      'case_notes.subject as note_subject',
      'case_notes.is_restricted',
      sql<string>`snippet(case_notes_fts, 1, '[', ']', '…', 16)`.as('snippet'),
    ])
    .where(sql<boolean>`case_notes_fts MATCH ${match}`)
    .where(visibleTo(viewer))
    .where(isCurrentText)
  if (options.personId) query = query.where('case_notes.client_id', '=', options.personId)
  const isBroad = (await countMatchesUpTo(db, match, RANK_LIMIT + 1)) > RANK_LIMIT
  const ordered = isBroad ? query.orderBy(sql`f.rowid`, 'desc') : query.orderBy(sql`f.rank`)
  const rows = await ordered.limit(options.limit).execute()
  return rows.map((r) => ({
    noteId: r.note_id,
    person: rowToSummary(r),
    occurredAt: r.occurred_at,
    kind: r.note_kind,
    subject: r.note_subject,
    snippet: r.snippet,
    isRestricted: r.is_restricted === 1,
  }))
}
