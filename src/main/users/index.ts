/**
 * Staff logins: passwords and the keyring wraps that go with them, sign-in and its throttle, roles,
 * and the staff list other areas show (key workers, authors).
 */
export { unlockWithPassword, unlockWithRecoveryKey } from './credentials'
export { checkKeyringAgreement, describeRepair, repairKeyring } from './keyring-agreement'
export { judgePassword, requireStrongPassword } from './password-policy'
export { auditOrQueue, writeQueuedAuditEvents } from './pending-audit'
export { findUserByLookup, recordSignIn } from './sign-in-service'
export { resetAttempts } from './sign-in-throttle'
export { listActiveStaff, requireActiveStaff } from './staff'
export { userDeps } from './user-deps'
export {
  findUserByUsername,
  insertUser,
  listActiveAdmins,
  listUsers,
  rowToUser,
} from './user-repository'
export { addUser, enableUser, setPassword } from './user-service'
export { staffHandlers, usersHandlers } from './users-handlers'
export { checkSignInCode, secondFactorOf } from './second-factor'
export { twoFactorHandlers } from './two-factor-handlers'
export { recoveryKeyHandlers } from './recovery-key-handlers'
export {
  confirmRecoveryKey,
  isRecoveryKeyConfirmed,
  markRecoveryKeyConfirmed,
} from './recovery-key'
