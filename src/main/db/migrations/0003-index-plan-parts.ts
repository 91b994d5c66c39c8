import type { Migration } from './migration'

/**
 * A plan's risks, actions and people are read by plan (`readPlanContent`, every time a plan opens)
 * and deleted by plan (every draft save and new version, and a discarded draft), like its outcomes
 * and lines; unlike them they had no index, so each of those statements read the whole table, which
 * grows with every plan version submitted (those are kept for ever).
 */
export const m0003: Migration = {
  id: '0003-index-plan-parts',
  sql: `
CREATE INDEX plan_risks_plan ON plan_risks (plan_id, position);
CREATE INDEX plan_actions_plan ON plan_actions (plan_id, position);
CREATE INDEX plan_people_plan ON plan_people (plan_id, position);
`,
}
