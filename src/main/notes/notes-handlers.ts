import { type HandlerMap, useCase } from '../kernel'
import { findNotes, notesOf, writeNote } from './note-service'

export const notesHandlers: HandlerMap<'notes.list' | 'notes.add' | 'notes.search'> = {
  async 'notes.list'(input, ctx) {
    return notesOf(useCase(ctx), input.ref, input)
  },

  async 'notes.add'(input, ctx) {
    const note = await writeNote(useCase(ctx), input)
    ctx.note({
      entityType: 'case_note',
      entityId: note.id,
      summary: `Note on ${input.ref}${input.isRestricted ? ' (restricted)' : ''}`,
    })
    return note
  },

  async 'notes.search'(input, ctx) {
    return findNotes(useCase(ctx), input.text, { ref: input.ref, limit: input.limit })
  },
}
