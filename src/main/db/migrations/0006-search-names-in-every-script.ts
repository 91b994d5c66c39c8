import { foldNameSql } from '../name-folding'
import type { Migration } from './migration'

/**
 * Quick search finds names in every script, and tolerates a typo:
 * - The tokenizer keeps combining marks inside a word (categories L* N* Co M*): before, the vowel
 *   signs of Devanagari or Bengali and the Arabic harakat split a name into pieces.
 * - Names are indexed folded (`NAME_FOLDS`: أ/إ/آ as ا, Ł as l, Greek accents…), the same folds
 *   quick search applies to what is typed.
 * - A Chinese, Japanese or Korean name (its family name starts with such a character) is also
 *   indexed as family name then given name with no space, as it is written: 王小明 finds 王 小明.
 * - `clients_fts_terms` lists the indexed words (fts5vocab), where quick search looks for a word one
 *   typo away from what was typed.
 * Names keep their apostrophes and hyphens indexed both ways, as 0004 began. Everyone already
 * recorded is re-indexed.
 */
const NAMES = `new.legal_given_name || ' ' || new.legal_family_name || ' ' || coalesce(new.preferred_name, '')`
const SQUASHED = `replace(replace(replace(replace(${NAMES}, '''', ''), '’', ''), '‘', ''), '-', '')`
const STARTS_CJK = `(unicode(new.legal_family_name) BETWEEN 0x2E80 AND 0x9FFF
    OR unicode(new.legal_family_name) BETWEEN 0xAC00 AND 0xD7AF
    OR unicode(new.legal_family_name) >= 0x20000)`
const WRITTEN_TOGETHER = `CASE WHEN ${STARTS_CJK} THEN ' ' || new.legal_family_name || new.legal_given_name ELSE '' END`
const INDEXED = `${foldNameSql(`${NAMES} || ' ' || ${SQUASHED}`)} || ${WRITTEN_TOGETHER}`

export const m0006: Migration = {
  id: '0006-search-names-in-every-script',
  sql: `
DROP TRIGGER clients_fts_insert;
DROP TRIGGER clients_fts_update;
DROP TABLE clients_fts;

CREATE VIRTUAL TABLE clients_fts USING fts5 (
  names,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'",
  prefix = '1 2 3'
);
CREATE VIRTUAL TABLE clients_fts_terms USING fts5vocab (clients_fts, 'row');

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, names) VALUES (new.id, ${INDEXED});
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_given_name, legal_family_name, preferred_name ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = old.id;
  INSERT INTO clients_fts (rowid, names) VALUES (new.id, ${INDEXED});
END;

INSERT INTO clients_fts (rowid, names)
SELECT id, ${INDEXED.replaceAll('new.', '')}
FROM clients;
`,
}
