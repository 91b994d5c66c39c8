import type { Migration } from './migration'

export const m0002: Migration = {
  id: '0002-create-people',
  sql: `
CREATE TABLE clients (
  id INTEGER PRIMARY KEY,
  ref TEXT NOT NULL UNIQUE,
  legal_given_name TEXT NOT NULL,
  legal_family_name TEXT NOT NULL,
  preferred_name TEXT,
  date_of_birth TEXT,
  date_of_death TEXT,
  nhs_number TEXT UNIQUE,
  council_person_id TEXT,
  council_id INTEGER REFERENCES councils (id),
  address_line1 TEXT,
  address_line2 TEXT,
  town TEXT,
  postcode TEXT,
  phone TEXT,
  email TEXT,
  preferred_contact TEXT,
  communication_needs TEXT,
  gender TEXT,
  ethnicity TEXT,
  primary_support_reason TEXT,
  accommodation_status TEXT,
  employment_status TEXT,
  has_safeguarding_concern INTEGER NOT NULL DEFAULT 0 CHECK (has_safeguarding_concern IN (0, 1)),
  has_financial_concern INTEGER NOT NULL DEFAULT 0 CHECK (has_financial_concern IN (0, 1)),
  lacks_capacity_for_finances INTEGER NOT NULL DEFAULT 0 CHECK (lacks_capacity_for_finances IN (0, 1)),
  status TEXT NOT NULL CHECK (status IN ('enquiry', 'referral', 'active', 'closed')),
  status_since TEXT NOT NULL,
  closed_reason TEXT,
  key_worker_id INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX clients_name ON clients (legal_family_name COLLATE NOCASE, legal_given_name COLLATE NOCASE);
CREATE INDEX clients_status ON clients (status, legal_family_name COLLATE NOCASE);
CREATE INDEX clients_key_worker ON clients (key_worker_id);
CREATE INDEX clients_postcode ON clients (postcode);
CREATE INDEX clients_dob ON clients (date_of_birth);

CREATE VIRTUAL TABLE clients_fts USING fts5 (
  names,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);

CREATE TRIGGER clients_fts_insert AFTER INSERT ON clients BEGIN
  INSERT INTO clients_fts (rowid, names)
  VALUES (new.id, new.legal_given_name || ' ' || new.legal_family_name || ' ' || coalesce(new.preferred_name, ''));
END;
CREATE TRIGGER clients_fts_update AFTER UPDATE OF legal_given_name, legal_family_name, preferred_name ON clients BEGIN
  DELETE FROM clients_fts WHERE rowid = old.id;
  INSERT INTO clients_fts (rowid, names)
  VALUES (new.id, new.legal_given_name || ' ' || new.legal_family_name || ' ' || coalesce(new.preferred_name, ''));
END;

CREATE TABLE client_status_history (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  status TEXT NOT NULL,
  reason TEXT,
  changed_on TEXT NOT NULL,
  changed_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX client_status_history_client ON client_status_history (client_id, id);

CREATE TABLE client_profiles (
  client_id INTEGER PRIMARY KEY REFERENCES clients (id),
  important_to_me TEXT NOT NULL DEFAULT '',
  like_and_admire TEXT NOT NULL DEFAULT '',
  how_to_support TEXT NOT NULL DEFAULT '',
  life_story TEXT NOT NULL DEFAULT '',
  daily_routine TEXT NOT NULL DEFAULT '',
  weekly_routine TEXT NOT NULL DEFAULT '',
  not_working TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  updated_by INTEGER REFERENCES users (id)
) STRICT;

CREATE TABLE circle_members (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  relationship TEXT,
  is_unpaid_carer INTEGER NOT NULL DEFAULT 0 CHECK (is_unpaid_carer IN (0, 1)),
  caring_hours_per_week INTEGER,
  legal_role TEXT,
  organisation TEXT,
  phone TEXT,
  email TEXT,
  address TEXT,
  may_contact INTEGER NOT NULL DEFAULT 1 CHECK (may_contact IN (0, 1)),
  may_be_told TEXT,
  notes TEXT,
  is_archived INTEGER NOT NULL DEFAULT 0 CHECK (is_archived IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX circle_members_client ON circle_members (client_id);

CREATE TABLE consents (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  purpose TEXT NOT NULL,
  detail TEXT,
  given_by TEXT NOT NULL,
  given_on TEXT NOT NULL,
  expires_on TEXT,
  withdrawn_on TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX consents_client ON consents (client_id);

CREATE TABLE council_sharing_notes (
  client_id INTEGER NOT NULL REFERENCES clients (id),
  council_id INTEGER NOT NULL REFERENCES councils (id),
  note TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (client_id, council_id)
) STRICT;

CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  source TEXT NOT NULL,
  source_detail TEXT,
  received_on TEXT NOT NULL,
  reason TEXT,
  first_contact_on TEXT,
  outcome TEXT,
  outcome_on TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX referrals_client ON referrals (client_id);
CREATE INDEX referrals_received ON referrals (received_on);

CREATE TABLE case_notes (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  author_id INTEGER NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  occurred_at TEXT NOT NULL,
  duration_minutes INTEGER,
  subject TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  is_restricted INTEGER NOT NULL DEFAULT 0 CHECK (is_restricted IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX case_notes_client ON case_notes (client_id, occurred_at DESC);

CREATE VIRTUAL TABLE case_notes_fts USING fts5 (
  subject,
  body,
  content = 'case_notes',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER case_notes_fts_insert AFTER INSERT ON case_notes BEGIN
  INSERT INTO case_notes_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;
CREATE TRIGGER case_notes_fts_delete AFTER DELETE ON case_notes BEGIN
  INSERT INTO case_notes_fts (case_notes_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body);
END;
CREATE TRIGGER case_notes_fts_update AFTER UPDATE OF subject, body ON case_notes BEGIN
  INSERT INTO case_notes_fts (case_notes_fts, rowid, subject, body) VALUES ('delete', old.id, old.subject, old.body);
  INSERT INTO case_notes_fts (rowid, subject, body) VALUES (new.id, new.subject, new.body);
END;

CREATE TABLE support_plans (
  id INTEGER PRIMARY KEY,
  client_id INTEGER NOT NULL REFERENCES clients (id),
  plan_no INTEGER NOT NULL,
  version INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'funding-panel', 'approved',
    'approved-with-conditions', 'deferred', 'declined', 'active', 'superseded', 'ended')),
  status_changed_at TEXT NOT NULL,
  what_matters TEXT NOT NULL DEFAULT '',
  what_to_change TEXT NOT NULL DEFAULT '',
  how_supported TEXT NOT NULL DEFAULT '',
  how_budget_used TEXT NOT NULL DEFAULT '',
  how_managed TEXT NOT NULL DEFAULT '',
  staying_in_control TEXT NOT NULL DEFAULT '',
  contingency TEXT NOT NULL DEFAULT '',
  weekly_gross_pence INTEGER,
  weekly_contribution_pence INTEGER,
  payment_basis TEXT,
  payment_frequency TEXT,
  payment_timing TEXT,
  management_form TEXT,
  start_date TEXT,
  end_date TEXT,
  over_budget_reason TEXT,
  signed_by_person_on TEXT,
  signed_by_adviser_on TEXT,
  signed_by_adviser_id INTEGER REFERENCES users (id),
  signed_by_council_on TEXT,
  signed_by_council_name TEXT,
  submitted_at TEXT,
  submitted_by INTEGER REFERENCES users (id),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  updated_at TEXT NOT NULL,
  UNIQUE (client_id, plan_no, version)
) STRICT;
CREATE INDEX support_plans_client ON support_plans (client_id, plan_no, version);
CREATE INDEX support_plans_status ON support_plans (status);

-- A submitted version is immutable: its content columns can never change again.
CREATE TRIGGER support_plans_frozen BEFORE UPDATE OF what_matters, what_to_change, how_supported,
  how_budget_used, how_managed, staying_in_control, contingency, weekly_gross_pence,
  weekly_contribution_pence, payment_basis, payment_frequency, payment_timing, management_form,
  start_date, end_date, over_budget_reason ON support_plans
WHEN old.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed');
END;

CREATE TABLE plan_outcomes (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  how TEXT NOT NULL DEFAULT '',
  by_when TEXT,
  wellbeing_areas TEXT NOT NULL DEFAULT '[]',
  eligibility_outcomes TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX plan_outcomes_plan ON plan_outcomes (plan_id, position);

CREATE TABLE plan_lines (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  position INTEGER NOT NULL,
  description TEXT NOT NULL,
  support_type TEXT NOT NULL,
  provider_type TEXT NOT NULL,
  unit TEXT NOT NULL,
  unit_cost_pence INTEGER NOT NULL,
  quantity_hundredths INTEGER NOT NULL,
  weekly_cost_pence INTEGER NOT NULL,
  one_off_cost_pence INTEGER NOT NULL DEFAULT 0,
  outcome_positions TEXT NOT NULL DEFAULT '[]'
) STRICT;
CREATE INDEX plan_lines_plan ON plan_lines (plan_id, position);

CREATE TABLE plan_risks (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  position INTEGER NOT NULL,
  risk TEXT NOT NULL,
  likelihood TEXT,
  impact TEXT,
  mitigation TEXT NOT NULL DEFAULT '',
  owner TEXT
) STRICT;

CREATE TABLE plan_actions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  position INTEGER NOT NULL,
  action TEXT NOT NULL,
  owner TEXT NOT NULL DEFAULT '',
  due_on TEXT
) STRICT;

CREATE TABLE plan_people (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  relationship TEXT,
  role TEXT,
  consulted_on TEXT
) STRICT;

-- Children of a submitted version are frozen too.
CREATE TRIGGER plan_outcomes_frozen_ins BEFORE INSERT ON plan_outcomes
WHEN (SELECT status FROM support_plans WHERE id = new.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;
CREATE TRIGGER plan_outcomes_frozen_upd BEFORE UPDATE ON plan_outcomes
WHEN (SELECT status FROM support_plans WHERE id = old.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;
CREATE TRIGGER plan_outcomes_frozen_del BEFORE DELETE ON plan_outcomes
WHEN (SELECT status FROM support_plans WHERE id = old.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;
CREATE TRIGGER plan_lines_frozen_ins BEFORE INSERT ON plan_lines
WHEN (SELECT status FROM support_plans WHERE id = new.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;
CREATE TRIGGER plan_lines_frozen_upd BEFORE UPDATE ON plan_lines
WHEN (SELECT status FROM support_plans WHERE id = old.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;
CREATE TRIGGER plan_lines_frozen_del BEFORE DELETE ON plan_lines
WHEN (SELECT status FROM support_plans WHERE id = old.plan_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'a submitted support plan version cannot be changed'); END;

CREATE TABLE panel_decisions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL REFERENCES support_plans (id),
  decided_on TEXT NOT NULL,
  panel TEXT NOT NULL,
  weekly_requested_pence INTEGER NOT NULL,
  weekly_approved_pence INTEGER,
  one_off_requested_pence INTEGER NOT NULL DEFAULT 0,
  one_off_approved_pence INTEGER,
  decision TEXT NOT NULL CHECK (decision IN ('approved', 'approved-with-conditions', 'deferred', 'declined')),
  conditions TEXT,
  reasons TEXT,
  appeal TEXT,
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id)
) STRICT;
CREATE INDEX panel_decisions_plan ON panel_decisions (plan_id);

CREATE TABLE import_mappings (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  mapping TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
`,
}
