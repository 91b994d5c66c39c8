/** Case notes on people's records, with full-text search (FTS5) and restricted notes. */
export {
  insertNote,
  insertNotes,
  type NewNote,
  noteTextQuery,
  RANK_LIMIT,
  searchNotes,
} from './note-repository'
export { notesHandlers } from './notes-handlers'
