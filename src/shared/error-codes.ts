/**
 * Stable error codes. The UI and scripts branch on these, never on message text, so a code is never
 * renamed once released; add new ones instead.
 */
export const ErrorCodes = {
  // Calls and input
  ROUTE_UNKNOWN: 'ROUTE.UNKNOWN',
  INPUT_INVALID: 'INPUT.INVALID',
  INTERNAL: 'INTERNAL',
  JOB_CANCELLED: 'JOB.CANCELLED',
  /** The host (web harness, backend worker) could not be reached: nothing was done. */
  HOST_UNAVAILABLE: 'HOST.UNAVAILABLE',
  // Who is calling
  AUTH_NOT_SIGNED_IN: 'AUTH.NOT_SIGNED_IN',
  AUTH_LOCKED: 'AUTH.LOCKED',
  AUTH_FORBIDDEN: 'AUTH.FORBIDDEN',
  AUTH_WRONG_PASSWORD: 'AUTH.WRONG_PASSWORD',
  AUTH_WRONG_RECOVERY_KEY: 'AUTH.WRONG_RECOVERY_KEY',
  AUTH_USER_DISABLED: 'AUTH.USER_DISABLED',
  AUTH_TOO_MANY_ATTEMPTS: 'AUTH.TOO_MANY_ATTEMPTS',
  AUTH_WEAK_PASSWORD: 'AUTH.WEAK_PASSWORD',
  AUTH_PASSWORD_CHANGE_REQUIRED: 'AUTH.PASSWORD_CHANGE_REQUIRED',
  /** Two-step sign-in: a code is needed, was wrong, or must be set up first (ADR 0016). */
  AUTH_SECOND_FACTOR_REQUIRED: 'AUTH.SECOND_FACTOR_REQUIRED',
  AUTH_WRONG_CODE: 'AUTH.WRONG_CODE',
  AUTH_SECOND_FACTOR_ENROLMENT_REQUIRED: 'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
  AUTH_SECOND_FACTOR_EXISTS: 'AUTH.SECOND_FACTOR_EXISTS',
  AUTH_SECOND_FACTOR_NOT_STARTED: 'AUTH.SECOND_FACTOR_NOT_STARTED',
  // The data file
  DB_NOT_FOUND: 'DB.NOT_FOUND',
  DB_EXISTS: 'DB.EXISTS',
  DB_NOT_CASEBOOK: 'DB.NOT_CASEBOOK',
  DB_CORRUPT: 'DB.CORRUPT',
  DB_TOO_NEW: 'DB.TOO_NEW',
  DB_MIGRATION_CHANGED: 'DB.MIGRATION_CHANGED',
  DB_KEYRING_MISSING: 'DB.KEYRING_MISSING',
  DB_KEYRING_INVALID: 'DB.KEYRING_INVALID',
  /** The keyring and the users table disagree (`db check`); `db repair-keyring` mends it. */
  DB_KEYRING_MISMATCH: 'DB.KEYRING_MISMATCH',
  DB_IN_USE: 'DB.IN_USE',
  DB_NETWORK_PATH: 'DB.NETWORK_PATH',
  /** Another process held the data file (or its keyring) past the wait: nothing was changed. */
  DB_BUSY: 'DB.BUSY',
  /** The data file path is a folder, unreachable, or not readable and writable by this account. */
  DB_CANNOT_OPEN: 'DB.CANNOT_OPEN',
  // Set-up, users, settings
  SETUP_ALREADY_DONE: 'SETUP.ALREADY_DONE',
  SETUP_REQUIRED: 'SETUP.REQUIRED',
  USERS_EXISTS: 'USERS.EXISTS',
  USERS_NOT_FOUND: 'USERS.NOT_FOUND',
  USERS_LAST_ADMIN: 'USERS.LAST_ADMIN',
  USERS_NOT_UNIQUE: 'USERS.AMBIGUOUS',
  // The audit log
  AUDIT_BROKEN: 'AUDIT.BROKEN',
  // Backups
  BACKUP_NOT_A_BACKUP: 'BACKUP.NOT_A_BACKUP',
  BACKUP_TRUNCATED: 'BACKUP.TRUNCATED',
  BACKUP_ALTERED: 'BACKUP.ALTERED',
  BACKUP_OTHER_KEY: 'BACKUP.OTHER_KEY',
  BACKUP_TARGET_EXISTS: 'BACKUP.TARGET_EXISTS',
  BACKUP_FOLDER_UNAVAILABLE: 'BACKUP.FOLDER_UNAVAILABLE',
  BACKUP_VERIFY_FAILED: 'BACKUP.VERIFY_FAILED',
  BACKUP_NOT_FOUND: 'BACKUP.NOT_FOUND',
  // People, plans, imports
  CLIENTS_DUPLICATE: 'CLIENTS.DUPLICATE',
  CLIENTS_LIKELY_DUPLICATE: 'CLIENTS.LIKELY_DUPLICATE',
  CLIENTS_ILLEGAL_STATUS: 'CLIENTS.ILLEGAL_STATUS',
  /** Allowed but unusual details (a birth before 1900, emoji in a legal name): saved once confirmed. */
  CLIENTS_UNUSUAL_DETAILS: 'CLIENTS.UNUSUAL_DETAILS',
  PLANS_ILLEGAL_TRANSITION: 'PLANS.ILLEGAL_TRANSITION',
  PLANS_NOT_EDITABLE: 'PLANS.NOT_EDITABLE',
  PLANS_OVER_BUDGET: 'PLANS.OVER_BUDGET',
  PLANS_INCOMPLETE: 'PLANS.INCOMPLETE',
  PLANS_DRAFT_EXISTS: 'PLANS.DRAFT_EXISTS',
  /** A plan submitted with no date the person agreed it, and no reason recorded why not. */
  PLANS_NOT_AGREED: 'PLANS.NOT_AGREED',
  /** A panel approval whose amounts differ from the request, not yet confirmed by the adviser. */
  PLANS_AMOUNT_DIFFERS: 'PLANS.AMOUNT_DIFFERS',
  IMPORT_UNREADABLE: 'IMPORT.UNREADABLE',
  /** Over one of the importer's limits (rows, columns, cell size, unpacked size); nothing was read into the file. */
  IMPORT_TOO_BIG: 'IMPORT.TOO_BIG',
  IMPORT_EMPTY: 'IMPORT.EMPTY',
  IMPORT_BAD_ROW: 'IMPORT.BAD_ROW',
  IMPORT_MAPPING: 'IMPORT.MAPPING',
  // Bank statements (the readers in src/main/accounts/statements)
  /** A CSV whose headings match no built-in layout (details.candidates lists the near ones). */
  STATEMENTS_LAYOUT_UNKNOWN: 'STATEMENTS.LAYOUT_UNKNOWN',
  /** The file states a currency other than GBP (details.currency). */
  STATEMENTS_CURRENCY: 'STATEMENTS.CURRENCY',
  /** An empty file, or one with no statement or no transactions in it: nothing to import. */
  STATEMENTS_EMPTY: 'STATEMENTS.EMPTY',
  /** A line whose date or amount is not a real date or a whole number of pence (details.line). */
  STATEMENTS_BAD_LINE: 'STATEMENTS.BAD_LINE',
  /** The file's structure is broken or truncated (unclosed tags, a missing column). */
  STATEMENTS_MALFORMED: 'STATEMENTS.MALFORMED',
  /** An OFX file whose bank sent an error instead of a statement. */
  STATEMENTS_BANK_ERROR: 'STATEMENTS.BANK_ERROR',
  /** A file holding statements for more than one account: export one account at a time. */
  STATEMENTS_MANY_ACCOUNTS: 'STATEMENTS.MANY_ACCOUNTS',
  /** Dates such as 03/04/2025 that could be day-first or month-first: the user must say which. */
  STATEMENTS_DATE_ORDER: 'STATEMENTS.DATE_ORDER',
  /** A custom column mapping that names a column the file does not have. */
  STATEMENTS_MAPPING: 'STATEMENTS.MAPPING',
  // Generic record errors used by the domain areas
  NOT_FOUND: 'RECORD.NOT_FOUND',
  CONFLICT: 'RECORD.CONFLICT',
} as const

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes]
