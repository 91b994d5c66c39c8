/**
 * Staff logins: passwords and the keyring wraps that go with them, sign-in and its throttle, roles,
 * and the staff list other areas show (key workers, authors).
 */
export { unlockWithPassword, unlockWithRecoveryKey } from './credentials'
export { judgePassword, requireStrongPassword } from './password-policy'
export { findUserByLookup, recordSignIn, takeQueuedFailures } from './sign-in-service'
export { takePendingAndReset } from './sign-in-throttle'
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
