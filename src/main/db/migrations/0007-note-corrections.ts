import type { Migration } from './migration'

/**
 * Case notes are corrected or added to, never edited in place (UK GDPR right to rectification: the
 * record shows what was written, who changed it, when and why). A correction or an addendum is a new
 * row naming the note it amends (always the first note of the thread, so a thread is one lookup);
 * the newest correction is the note's current text. `amendment_reason` says why it was corrected.
 * The trigger makes the rule hold for every writer, not just the notes area.
 */
export const m0007: Migration = {
  id: '0007-note-corrections',
  sql: `
ALTER TABLE case_notes ADD COLUMN amendment TEXT CHECK (amendment IN ('correction', 'addendum'));
ALTER TABLE case_notes ADD COLUMN amends_id INTEGER REFERENCES case_notes (id)
  CHECK ((amends_id IS NULL) = (amendment IS NULL));
ALTER TABLE case_notes ADD COLUMN amendment_reason TEXT;
CREATE INDEX case_notes_amends ON case_notes (amends_id) WHERE amends_id IS NOT NULL;

CREATE TRIGGER case_notes_no_edit BEFORE UPDATE OF client_id, author_id, kind, occurred_at,
  duration_minutes, subject, body, is_restricted, created_at, amendment, amends_id, amendment_reason
  ON case_notes
BEGIN
  SELECT RAISE(ABORT, 'case notes are corrected by a new note, never edited');
END;
`,
}
