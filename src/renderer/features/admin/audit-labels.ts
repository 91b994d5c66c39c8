import type { AuditEvent } from '../../../shared/contract/audit-routes'

const PEOPLE_LABELS = {
  view: 'Opened a record',
  create: 'Added a person',
  update: 'Changed a person’s details',
  setStatus: 'Changed a person’s status',
  saveProfile: 'Saved a one-page profile',
}

/** Events written before routes said "people" (ADR 0012) keep their old action names. */
const withPrefix = (prefix: string, labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([verb, label]) => [`${prefix}.${verb}`, label]))

/** Plain words for what an audit event records; the action code itself when there are none. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  ...withPrefix('people', PEOPLE_LABELS),
  ...withPrefix('clients', PEOPLE_LABELS),
  'setup.create': 'Set up Casebook',
  'seed.run': 'Added sample records',
  'auth.signIn': 'Signed in',
  'auth.signInFailed': 'Sign-in refused',
  'auth.signOut': 'Signed out',
  'auth.lock': 'Locked Casebook',
  'auth.unlock': 'Unlocked Casebook',
  'auth.unlockFailed': 'Unlock refused',
  'auth.changePassword': 'Changed their password',
  'auth.recover': 'Reset a password with the recovery key',
  'users.add': 'Added a login',
  'users.setRole': 'Changed a role',
  'users.disable': 'Disabled a login',
  'users.enable': 'Enabled a login',
  'users.resetPassword': 'Reset a password',
  'settings.update': 'Changed settings',
  'backup.create': 'Made a backup',
  'backup.verify': 'Checked a backup',
  'backup.restore': 'Restored a backup',
  'db.rotateKey': 'Re-encrypted the data file',
  'db.repairKeyring': 'Repaired the keyring',
  'circle.add': 'Added someone to a circle of support',
  'circle.update': 'Changed a circle of support',
  'circle.archive': 'Removed someone from a circle of support',
  'circle.restore': 'Put someone back in a circle of support',
  'consents.add': 'Recorded a consent',
  'consents.withdraw': 'Recorded a consent withdrawn',
  'sharing.save': 'Changed who information is shared with',
  'referrals.add': 'Added a referral',
  'referrals.update': 'Changed a referral',
  'notes.add': 'Wrote a note',
  'plans.create': 'Started a plan',
  'plans.createWithBudget': 'Started a plan',
  'plans.revise': 'Started a new version of a plan',
  'plans.saveDraft': 'Saved a draft plan',
  'plans.discardDraft': 'Threw away a draft plan',
  'plans.submit': 'Submitted a plan',
  'plans.sendToPanel': 'Sent a plan to panel',
  'plans.recordDecision': 'Recorded a panel decision',
  'plans.recordAppeal': 'Recorded an appeal',
  'plans.activate': 'Made a plan active',
  'plans.end': 'Ended a plan',
  'plans.exportPdf': 'Printed a plan (PDF)',
  'imports.commit': 'Imported people from a spreadsheet',
  'imports.saveMapping': 'Saved an import’s column choices',
}

const RECORD_WORDS: Readonly<Record<string, string>> = {
  client: 'Person',
  person: 'Person',
  user: 'Login no.',
  backup: 'Backup',
  case_note: 'Note no.',
  support_plan: 'Plan no.',
  import: 'Import',
  import_mapping: 'Import columns',
  organisation: 'Organisation',
  settings: 'Settings',
}

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action
}

/** "Person C-000012", "Login no. 3", or the raw type and id for anything newer than this list. */
export function recordLabel(event: AuditEvent): string {
  if (!event.entityType) return event.entityId ?? ''
  const words = RECORD_WORDS[event.entityType] ?? event.entityType
  return event.entityId ? `${words} ${event.entityId}` : words
}
