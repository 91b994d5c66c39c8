import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

/**
 * The typed shape of the encrypted database, as kysely sees it. Migrations are plain SQL and never
 * import this file; this file follows the migrations.
 */
export interface Database {
  casebook_meta: MetaTable
  organisation: OrganisationTable
  councils: CouncilTable
  users: UserTable
  settings: SettingTable
  audit_events: AuditEventTable
  backups: BackupTable
}

export interface MetaTable {
  key: string
  value: string
}

export interface OrganisationTable {
  id: number
  name: string
  created_at: string
}

export interface CouncilTable {
  id: Generated<number>
  name: string
  ons_code: string
  created_at: string
}

export interface UserTable {
  id: Generated<number>
  username: string
  display_name: string
  role: string
  /** The id of this user's wrap in the keyring; null while disabled (the wrap is removed). */
  wrap_id: string | null
  is_disabled: Generated<number>
  must_change_password: Generated<number>
  created_at: string
  last_sign_in_at: string | null
  disabled_at: string | null
}
export type UserRow = Selectable<UserTable>
export type NewUserRow = Insertable<UserTable>
export type UserRowUpdate = Updateable<UserTable>

export interface SettingTable {
  key: string
  /** JSON */
  value: string
}

export interface AuditEventTable {
  id: Generated<number>
  at: string
  actor_user_id: number | null
  actor: string | null
  action: string
  entity_type: string | null
  entity_id: string | null
  summary: string | null
  digest: string | null
  prev_hash: string
  hash: string
}
export type AuditEventRow = Selectable<AuditEventTable>

export interface BackupTable {
  id: Generated<number>
  path: string
  created_at: string
  size_bytes: number
  kind: string
  verified_at: string
}
export type BackupRow = Selectable<BackupTable>
