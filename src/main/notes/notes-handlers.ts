import { type HandlerMap, useCase } from '../kernel'
import { addToNote, correctNote, findNotes, notesOf, writeNote } from './note-service'

const restricted = (isRestricted: boolean) => (isRestricted ? ' (restricted)' : '')

export const notesHandlers: HandlerMap<
  'notes.list' | 'notes.add' | 'notes.correct' | 'notes.addTo' | 'notes.search'
> = {
  async 'notes.list'(input, ctx) {
    return notesOf(useCase(ctx), input.ref, input)
  },

  async 'notes.add'(input, ctx) {
    const note = await writeNote(useCase(ctx), input)
    ctx.note({
      entityType: 'case_note',
      entityId: note.id,
      summary: `Note on ${input.ref}${restricted(input.isRestricted)}`,
    })
    return note
  },

  async 'notes.correct'(input, ctx) {
    const note = await correctNote(useCase(ctx), input)
    ctx.note({
      entityType: 'case_note',
      entityId: note.id,
      summary: `Corrected note ${note.id} on ${note.personRef}${restricted(note.isRestricted)}`,
    })
    return note
  },

  async 'notes.addTo'(input, ctx) {
    const note = await addToNote(useCase(ctx), input)
    ctx.note({
      entityType: 'case_note',
      entityId: note.id,
      summary: `Addendum to note ${note.id} on ${note.personRef}${restricted(note.isRestricted)}`,
    })
    return note
  },

  async 'notes.search'(input, ctx) {
    return findNotes(useCase(ctx), input.text, { ref: input.ref, limit: input.limit })
  },
}
