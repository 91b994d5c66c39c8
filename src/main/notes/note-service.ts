import type { RouteParsedInput } from '../../shared/contract/routes'
import type { CaseNote, NoteHit } from '../../shared/contract/people-schemas'
import type { ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { requirePerson } from '../people'
import { insertNote, searchNotes } from './note-repository'
import { requireHappened } from './note-rules'
import { insertAmendment, listNotes, readNote, requireVisibleNote } from './note-thread-repository'

/** A person's notes, newest first, as the reader's role may see them (restricted ones hidden). */
export async function notesOf(
  uc: UseCase<ReadDb>,
  ref: string,
  page: { offset: number; limit: number },
): Promise<{ total: number; notes: CaseNote[] }> {
  const person = await requirePerson(uc.db, ref)
  return listNotes(uc.db, person.id, uc.actor, page)
}

/** Writes a case note on a person's record; notes are never edited (see `correctNote`). */
export async function writeNote(
  uc: UseCase,
  input: RouteParsedInput<'notes.add'>,
): Promise<CaseNote> {
  const person = await requirePerson(uc.db, input.ref)
  return insertNote(uc.db, {
    personId: person.id,
    authorId: uc.actor.id,
    kind: input.kind,
    occurredAt: requireHappened(input.occurredAt, uc.now),
    durationMinutes: input.durationMinutes,
    subject: input.subject,
    body: input.body,
    isRestricted: input.isRestricted,
    at: uc.now.toISOString(),
  })
}

/**
 * Corrects a note (UK GDPR right to rectification): the corrected text becomes what the note says,
 * and every earlier text is kept, with who corrected it, when and why. It keeps the note's
 * restriction. Anyone who may write notes and read this one may correct it.
 */
export async function correctNote(
  uc: UseCase,
  input: RouteParsedInput<'notes.correct'>,
): Promise<CaseNote> {
  const first = await requireVisibleNote(uc.db, input.noteId, uc.actor)
  await insertAmendment(uc.db, {
    firstId: first.id,
    personId: first.client_id,
    authorId: uc.actor.id,
    amendment: 'correction',
    reason: input.reason,
    kind: input.kind,
    occurredAt: requireHappened(input.occurredAt, uc.now),
    durationMinutes: input.durationMinutes,
    subject: input.subject,
    body: input.body,
    isRestricted: first.is_restricted === 1,
    at: uc.now.toISOString(),
  })
  return readNote(uc.db, first.id)
}

/** Adds an addendum to a note, written now; the note's own text is left as it is. */
export async function addToNote(
  uc: UseCase,
  input: RouteParsedInput<'notes.addTo'>,
): Promise<CaseNote> {
  const first = await requireVisibleNote(uc.db, input.noteId, uc.actor)
  await insertAmendment(uc.db, {
    firstId: first.id,
    personId: first.client_id,
    authorId: uc.actor.id,
    amendment: 'addendum',
    reason: null,
    kind: first.kind,
    occurredAt: uc.now.toISOString(),
    durationMinutes: null,
    subject: '',
    body: input.body,
    isRestricted: first.is_restricted === 1,
    at: uc.now.toISOString(),
  })
  return readNote(uc.db, first.id)
}

/** Full-text search of notes' current text, everyone's or one person's, as the reader may see. */
export async function findNotes(
  uc: UseCase<ReadDb>,
  text: string,
  options: { ref?: string; limit: number },
): Promise<NoteHit[]> {
  const personId = options.ref ? (await requirePerson(uc.db, options.ref)).id : undefined
  return searchNotes(uc.db, text, uc.actor, { personId, limit: options.limit })
}
