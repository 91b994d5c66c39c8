import { sql } from 'kysely'
import type { CaseNote, NoteText } from '../../shared/contract/people-schemas'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import type { CaseNoteRow } from '../db/schema'
import { type Viewer, visibleTo } from './note-visibility'

/**
 * A note is a thread: its first text, then corrections and addenda naming it (`amends_id`). Lists
 * show one entry per thread, read as its newest correction says.
 */
type TextRow = CaseNoteRow & { author_name: string; client_ref: string }

function textsWithAuthor(db: ReadDb) {
  return db
    .selectFrom('case_notes')
    .innerJoin('users', 'users.id', 'case_notes.author_id')
    .innerJoin('clients', 'clients.id', 'case_notes.client_id')
    .selectAll('case_notes')
    .select(['users.display_name as author_name', 'clients.ref as client_ref'])
}

function rowToText(row: TextRow): NoteText {
  return {
    id: row.id,
    kind: row.kind,
    occurredAt: row.occurred_at,
    durationMinutes: row.duration_minutes,
    subject: row.subject,
    body: row.body,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at,
  }
}

/** Joins each first text with its amendments (oldest first) into the note as it reads now. */
function toThreads(firsts: readonly TextRow[], amendments: readonly TextRow[]): CaseNote[] {
  return firsts.map((first) => {
    const own = amendments.filter((a) => a.amends_id === first.id)
    const versions = [first, ...own.filter((a) => a.amendment === 'correction')]
    const current = versions[versions.length - 1]!
    const earlier = versions.slice(0, -1).map((row, i) => {
      const next = versions[i + 1]!
      return {
        ...rowToText(row),
        correctedBy: { id: next.author_id, name: next.author_name },
        correctedAt: next.created_at,
        reason: next.amendment_reason ?? '',
      }
    })
    return {
      ...rowToText(current),
      id: first.id,
      personRef: first.client_ref,
      isRestricted: first.is_restricted === 1,
      correctionReason: current === first ? null : (current.amendment_reason ?? ''),
      earlier: earlier.reverse(),
      addenda: own.filter((a) => a.amendment === 'addendum').map(rowToText),
    }
  })
}

async function withAmendments(db: ReadDb, firsts: readonly TextRow[]): Promise<CaseNote[]> {
  if (firsts.length === 0) return []
  const amendments = await textsWithAuthor(db)
    .where(
      'case_notes.amends_id',
      'in',
      firsts.map((f) => f.id),
    )
    .orderBy('case_notes.id')
    .execute()
  return toThreads(firsts, amendments)
}

/** When a note happened as its newest correction says: the list is ordered by it. */
const currentOccurredAt = sql<string>`coalesce((SELECT c.occurred_at FROM case_notes c
  WHERE c.amends_id = case_notes.id AND c.amendment = 'correction' ORDER BY c.id DESC LIMIT 1),
  case_notes.occurred_at)`

export async function listNotes(
  db: ReadDb,
  personId: number,
  viewer: Viewer,
  page: { offset: number; limit: number },
): Promise<{ total: number; notes: CaseNote[] }> {
  const total = await db
    .selectFrom('case_notes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('client_id', '=', personId)
    .where('amends_id', 'is', null)
    .where(visibleTo(viewer))
    .executeTakeFirstOrThrow()
  const firsts = await textsWithAuthor(db)
    .where('case_notes.client_id', '=', personId)
    .where('case_notes.amends_id', 'is', null)
    .where(visibleTo(viewer))
    .orderBy(currentOccurredAt, 'desc')
    .orderBy('case_notes.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
  return { total: Number(total.n), notes: await withAmendments(db, firsts) }
}

/** One note as it reads now, by the id of its first text. */
export async function readNote(db: ReadDb, firstId: number): Promise<CaseNote> {
  const first = await textsWithAuthor(db)
    .where('case_notes.id', '=', firstId)
    .executeTakeFirstOrThrow()
  const [note] = await withAmendments(db, [first])
  return note!
}

/**
 * The first text of the note `noteId` belongs to (any of its texts' ids will do), if the viewer may
 * see it; a note they may not see is refused as if it did not exist.
 */
export async function requireVisibleNote(db: ReadDb, noteId: number, viewer: Viewer) {
  const first = await db
    .selectFrom('case_notes')
    .select(['id', 'client_id', 'kind', 'is_restricted'])
    .where(
      'id',
      '=',
      db
        .selectFrom('case_notes')
        .select(sql<number>`coalesce(amends_id, id)`.as('first_id'))
        .where('id', '=', noteId),
    )
    .where(visibleTo(viewer))
    .executeTakeFirst()
  if (!first) {
    throw new AppFailure('RECORD.NOT_FOUND', `There is no note number ${noteId} that you may read.`)
  }
  return first
}

export interface NewAmendment {
  firstId: number
  personId: number
  authorId: number
  amendment: 'correction' | 'addendum'
  reason: string | null
  kind: CaseNote['kind']
  occurredAt: string
  durationMinutes: number | null
  subject: string
  body: string
  isRestricted: boolean
  at: string
}

/** Adds a correction or an addendum; the texts already written are left as they are. */
export async function insertAmendment(db: Db, a: NewAmendment): Promise<void> {
  await db
    .insertInto('case_notes')
    .values({
      client_id: a.personId,
      author_id: a.authorId,
      kind: a.kind,
      occurred_at: a.occurredAt,
      duration_minutes: a.durationMinutes,
      subject: a.subject,
      body: a.body,
      is_restricted: a.isRestricted ? 1 : 0,
      created_at: a.at,
      updated_at: a.at,
      amendment: a.amendment,
      amends_id: a.firstId,
      amendment_reason: a.reason,
    })
    .execute()
}
