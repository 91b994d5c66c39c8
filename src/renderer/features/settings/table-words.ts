/**
 * What each table of the data file holds, in words, for the restore test's counts. The tables keep
 * the names they were created with (ADR 0004), so "clients" holds people.
 */
const TABLE_WORDS: Readonly<Record<string, string>> = {
  casebook_meta: 'Casebook’s own records',
  organisation: 'Organisation',
  councils: 'Councils',
  users: 'Logins',
  settings: 'Settings',
  audit_events: 'Audit log events',
  backups: 'Backups made',
  clients: 'People',
  client_status_history: 'Status changes',
  client_profiles: 'One-page profiles',
  circle_members: 'Circles of support',
  consents: 'Consents',
  council_sharing_notes: 'Sharing with councils',
  referrals: 'Referrals',
  case_notes: 'Case notes',
  support_plans: 'Support plans',
  plan_outcomes: 'Plan outcomes',
  plan_lines: 'Plan costs',
  plan_risks: 'Plan risks',
  plan_actions: 'Plan actions',
  plan_people: 'People in plans',
  panel_decisions: 'Panel decisions',
  import_mappings: 'Saved import columns',
  user_second_factors: 'Authenticator apps',
  user_recovery_codes: 'Recovery codes',
  restore_drills: 'Restore tests',
}

/** "People" for clients; a table this list does not know yet keeps its own name. */
export function tableWords(name: string): string {
  return TABLE_WORDS[name] ?? name
}
