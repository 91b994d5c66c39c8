import type { Migration } from './migration'

/**
 * Quick search finds "O'Brien" when someone types "obrien", and "Smith-Jones" from "smithjones":
 * the name index also holds each name with its apostrophes and hyphens taken out. Typing the
 * punctuation still works, as before (the words either side are indexed too). The index is rebuilt
 * for everyone already recorded.
 */
const NAMES = `new.legal_given_name || ' ' || new.legal_family_name || ' ' || coalesce(new.preferred_name, '')`
const SQUASHED = `replace(replace(replace(replace(${NAMES}, '''', ''), '’', ''), '‘', ''), '-', '')`

export const m0004: Migration = {
  id: '0004-search-names-without-punctuation',
  sql: `
DROP TRIGGER clients_fts_insert;
DROP TRIGGER clients_fts_update;

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, names) VALUES (new.id, ${NAMES} || ' ' || ${SQUASHED});
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_given_name, legal_family_name, preferred_name ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = old.id;
  INSERT INTO clients_fts (rowid, names) VALUES (new.id, ${NAMES} || ' ' || ${SQUASHED});
END;

INSERT INTO clients_fts (clients_fts) VALUES ('delete-all');
INSERT INTO clients_fts (rowid, names)
SELECT id, ${NAMES.replaceAll('new.', '')} || ' ' || ${SQUASHED.replaceAll('new.', '')}
FROM clients;
`,
}
