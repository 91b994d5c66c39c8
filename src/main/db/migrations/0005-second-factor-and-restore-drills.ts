import type { Migration } from './migration'

/**
 * A second factor at sign-in (TOTP, RFC 6238) with one-time recovery codes, a record of restore
 * drills (a backup restored to a scratch file, opened and compared with the live file), and whether
 * the recovery key has been confirmed. Files set up before this went through the wizard's
 * confirmation step, so theirs is taken as confirmed.
 */
export const m0005: Migration = {
  id: '0005-second-factor-and-restore-drills',
  sql: `
CREATE TABLE user_second_factors (
  user_id INTEGER PRIMARY KEY REFERENCES users(id),
  secret TEXT NOT NULL,
  confirmed_at TEXT,
  last_used_step INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE user_recovery_codes (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  code_hash TEXT NOT NULL,
  used_at TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX user_recovery_codes_user ON user_recovery_codes(user_id);

CREATE TABLE restore_drills (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  backup_path TEXT NOT NULL,
  backup_made_at TEXT,
  result TEXT NOT NULL CHECK (result IN ('passed', 'failed')),
  detail TEXT NOT NULL,
  by_user_id INTEGER REFERENCES users(id)
) STRICT;

INSERT INTO casebook_meta (key, value)
SELECT 'recovery_key_confirmed_at', 'before 0005'
WHERE EXISTS (SELECT 1 FROM users);
`,
}
