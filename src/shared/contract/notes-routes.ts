import { z } from 'zod'
import { rolesWith } from '../policy'
import { CaseNote, CaseNoteKindCode, Id, NoteHit, PersonRef } from './people-schemas'
import { prose, route, text } from './route'
import { textRule } from './text-rules'

/** The longest note (and addendum) in characters. */
export const NOTE_MAX = 50_000

/**
 * Why a notes search cannot be run, in words that fit what was typed; null when it can. Notes are
 * indexed by their words (letters and digits): emoji and punctuation on their own match nothing.
 */
export function noteSearchProblem(typed: string): string | null {
  const t = typed.trim()
  const wordCharacters = t.match(/[\p{L}\p{N}]/gu)?.length ?? 0
  if (t === '') return 'Type a word from the note to search for.'
  if (wordCharacters === 0) {
    return 'Notes are searched by their words, so emoji and punctuation on their own find nothing: type a word from the note.'
  }
  if (wordCharacters < 2) return 'Type at least two letters or numbers.'
  return null
}

/** What a note says happened; a correction gives all of it again. */
const NoteFields = {
  kind: CaseNoteKindCode,
  occurredAt: z.iso.datetime({ offset: true, message: 'Give the date and time it happened.' }),
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable()
    .default(null),
  subject: text('Subject', 200),
  body: prose('Note', NOTE_MAX, 1),
}

export const notesRoutes = {
  'notes.list': route({
    input: {
      ref: PersonRef,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    },
    output: z.object({ total: z.number().int(), notes: z.array(CaseNote) }),
    access: rolesWith('people.read'),
    kind: 'read',
    summary:
      'A person’s case notes, newest first (restricted ones only for their author, coordinators and admins)',
  }),
  'notes.add': route({
    input: {
      ref: PersonRef,
      ...NoteFields,
      isRestricted: z.boolean().default(false),
    },
    output: CaseNote,
    access: rolesWith('notes.write'),
    kind: 'write',
    summary: 'Write a case note',
  }),
  'notes.correct': route({
    input: {
      noteId: Id,
      ...NoteFields,
      reason: prose('Why it is corrected', 1000, 1),
    },
    output: CaseNote,
    access: rolesWith('notes.write'),
    kind: 'write',
    summary:
      'Correct a case note: the corrected text becomes current, the earlier text is kept and shown struck through',
  }),
  'notes.addTo': route({
    input: { noteId: Id, body: prose('Addendum', NOTE_MAX, 1) },
    output: CaseNote,
    access: rolesWith('notes.write'),
    kind: 'write',
    summary: 'Add an addendum to a case note, leaving its text as it is',
  }),
  'notes.search': route({
    input: {
      text: z
        .string()
        .trim()
        .check(textRule('The search', 'single-line'))
        .superRefine((value, ctx) => {
          const problem = noteSearchProblem(value)
          if (problem) ctx.addIssue({ code: 'custom', message: problem })
        })
        .max(200, 'The search must be at most 200 characters.'),
      ref: PersonRef.optional(),
      limit: z.number().int().min(1).max(200).default(50),
    },
    output: z.array(NoteHit),
    access: rolesWith('people.read'),
    kind: 'read',
    summary: 'Search the text of case notes you may see',
  }),
} as const
