import type { RouteParsedInput } from '../../shared/contract/routes'
import type { CaseNote, NoteHit } from '../../shared/contract/people-schemas'
import type { ReadDb } from '../db/handles'
import type { UseCase } from '../kernel'
import { requirePerson } from '../people'
import { insertNote, listNotes, searchNotes } from './note-repository'

/** A person's notes, newest first, as the reader's role may see them (restricted ones hidden). */
export async function notesOf(
  uc: UseCase<ReadDb>,
  ref: string,
  page: { offset: number; limit: number },
): Promise<{ total: number; notes: CaseNote[] }> {
  const person = await requirePerson(uc.db, ref)
  return listNotes(uc.db, person.id, uc.actor, page)
}

/** Writes a case note on a person's record; notes are never edited (a correction is a new note). */
export async function writeNote(
  uc: UseCase,
  input: RouteParsedInput<'notes.add'>,
): Promise<CaseNote> {
  const person = await requirePerson(uc.db, input.ref)
  return insertNote(uc.db, {
    personId: person.id,
    authorId: uc.actor.id,
    kind: input.kind,
    occurredAt: new Date(input.occurredAt).toISOString(),
    durationMinutes: input.durationMinutes,
    subject: input.subject,
    body: input.body,
    isRestricted: input.isRestricted,
    at: uc.now.toISOString(),
  })
}

/** Full-text search of notes, everyone's or one person's, as the reader's role may see them. */
export async function findNotes(
  uc: UseCase<ReadDb>,
  text: string,
  options: { ref?: string; limit: number },
): Promise<NoteHit[]> {
  const personId = options.ref ? (await requirePerson(uc.db, options.ref)).id : undefined
  return searchNotes(uc.db, text, uc.actor, { personId, limit: options.limit })
}
