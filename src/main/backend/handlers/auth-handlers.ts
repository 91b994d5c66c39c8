import { AppFailure } from '../../../shared/result'
import { userLookup } from '../../db/keyring'
import { requireSession } from '../../kernel'
import { readOrganisationName, readStoredSettings } from '../../organisation'
import {
  auditOrQueue,
  checkSignInCode,
  enableUser,
  isRecoveryKeyConfirmed,
  findUserByLookup,
  findUserByUsername,
  judgePassword,
  listActiveAdmins,
  recordSignIn,
  resetAttempts,
  rowToUser,
  secondFactorOf,
  setPassword,
  unlockWithPassword,
  unlockWithRecoveryKey,
  userDeps,
  writeQueuedAuditEvents,
} from '../../users'
import type { BackendCore } from '../backend-core'
import { lockIfIdle, type Session, sessionState } from '../session'
import type { HostExtras, HostHandlerMap } from '.'

function currentState(ctx: HostExtras) {
  const session = ctx.core.sessions.get(ctx.connectionId)
  if (session) lockIfIdle(session, ctx.core.lockAfterMinutes)
  return sessionState(
    session,
    ctx.core.hasDataFile(),
    ctx.core.lockAfterMinutes,
    ctx.core.pendingRecoveryKey !== null,
  )
}

/** Writes failed attempts counted while the file was closed into the audit log, naming the user. */
async function auditQueuedFailures(core: BackendCore, lookup: string): Promise<void> {
  const store = core.requireStore()
  await resetAttempts(core.dataFile, lookup)
  await writeQueuedAuditEvents(core.dataFile, store.db, store.keyring.databaseId)
}

async function closeIfUnused(core: BackendCore): Promise<void> {
  if (core.sessions.size === 0) await core.closeStore()
}

export const authHandlers: HostHandlerMap<
  | 'auth.session'
  | 'auth.signIn'
  | 'auth.unlock'
  | 'auth.lock'
  | 'auth.signOut'
  | 'auth.changePassword'
  | 'auth.recover'
  | 'auth.checkPassword'
  | 'auth.touch'
> = {
  async 'auth.session'(_input, ctx) {
    return currentState(ctx)
  },

  async 'auth.signIn'(input, ctx) {
    const { core } = ctx
    const wasOpen = core.store !== null
    const { store, lookup } = await core.unlockAndOpen(input.username, input.password)
    const row = await findUserByLookup(store.db, store.keyring.databaseId, lookup)
    if (!row || row.is_disabled === 1) {
      if (!wasOpen) await closeIfUnused(core)
      throw row
        ? new AppFailure(
            'AUTH.USER_DISABLED',
            'This login has been disabled. Ask an administrator if you need it back.',
          )
        : new AppFailure('AUTH.WRONG_PASSWORD', 'The username or password is not right.')
    }
    const factor = await secondFactorOf(store.db, row.id)
    if (factor.isEnrolled) {
      try {
        if (!input.code) {
          throw new AppFailure(
            'AUTH.SECOND_FACTOR_REQUIRED',
            'Enter the 6-digit code from your authenticator app (or one of your recovery codes).',
          )
        }
        await checkSignInCode(store.db, core.dataFile, lookup, row.id, input.code, ctx.now)
      } catch (error) {
        if (error instanceof AppFailure && error.code === 'AUTH.WRONG_CODE') {
          await core.appendAudit(store.db, undefined, {
            action: 'auth.signInFailed',
            actorUserId: row.id,
            actor: row.username,
            summary: 'wrong two-step code',
          })
        }
        if (!wasOpen) await closeIfUnused(core)
        throw error
      }
    }
    // Only now is the sign-in proven: the count of failed attempts starts again.
    await auditQueuedFailures(core, lookup)
    const { secondFactorRoles } = await readStoredSettings(store.db)
    const session: Session = {
      user: rowToUser(row),
      isLocked: false,
      mustChangePassword: row.must_change_password === 1,
      mustEnrolSecondFactor: !factor.isEnrolled && secondFactorRoles.includes(row.role),
      isRecoveryKeyUnconfirmed: row.role === 'admin' && !(await isRecoveryKeyConfirmed(store.db)),
      lastActivityAt: Date.now(),
    }
    try {
      await store.db.transaction().execute(async (trx) => {
        await recordSignIn(trx, row.id, ctx.now)
        await core.appendAudit(trx, session, {
          action: 'auth.signIn',
          entityType: 'user',
          entityId: String(row.id),
        })
      })
    } catch (error) {
      // A tampered log refuses every change. Only an administrator may come in, to see what broke
      // and put it right (restore a backup, or accept the break on the record): ADR 0013.
      if (!(error instanceof AppFailure && error.code === 'AUDIT.BROKEN')) throw error
      if (row.role !== 'admin') {
        if (!wasOpen) await closeIfUnused(core)
        throw new AppFailure(
          'AUDIT.BROKEN',
          `${error.message.replace(/ Nothing can be recorded.*$/, '')} Casebook cannot be used until an administrator has looked into it.`,
        )
      }
      session.auditProblem = error.message
    }
    core.sessions.set(ctx.connectionId, session)
    return currentState(ctx)
  },

  async 'auth.unlock'(input, ctx) {
    const { core } = ctx
    const session = core.sessions.get(ctx.connectionId)
    if (!session || !core.store) throw new AppFailure('AUTH.NOT_SIGNED_IN', 'Sign in first.')
    if (!session.isLocked) return currentState(ctx)
    const store = core.store
    try {
      await unlockWithPassword(
        core.dataFile,
        core.currentKeyring(),
        session.user.username,
        input.password,
        ctx.now,
        false,
      )
    } catch (error) {
      if (error instanceof AppFailure && error.code === 'AUTH.WRONG_PASSWORD') {
        await core.appendAudit(store.db, session, {
          action: 'auth.unlockFailed',
          summary: 'wrong password',
        })
        // The lock screen asks only for the password: "username or password" would send them
        // looking for a username field that is not there.
        const wait = Number(error.details?.retryAfterSeconds ?? 0)
        throw new AppFailure(
          'AUTH.WRONG_PASSWORD',
          wait > 0
            ? `That is not your password. Wait ${wait} seconds before trying again.`
            : 'That is not your password.',
          error.details,
        )
      }
      throw error
    }
    await resetAttempts(core.dataFile, userLookup(store.keyring.databaseId, session.user.username))
    session.isLocked = false
    session.lastActivityAt = Date.now()
    await core.appendAudit(store.db, session, { action: 'auth.unlock' })
    return currentState(ctx)
  },

  async 'auth.lock'(_input, ctx) {
    const session = ctx.core.sessions.get(ctx.connectionId)
    if (session && !session.isLocked && ctx.core.store) {
      session.isLocked = true
      await ctx.core.appendAudit(ctx.core.store.db, session, { action: 'auth.lock' })
    }
    return currentState(ctx)
  },

  async 'auth.signOut'(_input, ctx) {
    const { core } = ctx
    const session = core.sessions.get(ctx.connectionId)
    if (session && core.store) {
      // Queued beside the file if another process keeps it busy: a sign-out is never left unrecorded.
      const lookup = userLookup(core.store.keyring.databaseId, session.user.username)
      await auditOrQueue(core.dataFile, core.store.db, lookup, {
        ...core.actorOf(session),
        at: ctx.now.toISOString(),
        action: 'auth.signOut',
        entityType: null,
        entityId: null,
        summary: null,
        digest: null,
      })
      core.sessions.delete(ctx.connectionId)
      await closeIfUnused(core)
    }
    return currentState(ctx)
  },

  async 'auth.changePassword'(input, ctx) {
    const { core } = ctx
    const session = requireSession(ctx)
    const store = ctx.store()
    await unlockWithPassword(
      core.dataFile,
      core.currentKeyring(),
      session.user.username,
      input.currentPassword,
      ctx.now,
      false,
    )
    await store.db.transaction().execute(async (trx) => {
      const deps = await userDeps(ctx, trx)
      await setPassword(deps, session.user.username, input.newPassword, { mustChange: false })
      await core.appendAudit(trx, session, {
        action: 'auth.changePassword',
        entityType: 'user',
        entityId: String(session.user.id),
      })
    })
    session.mustChangePassword = false
    return { done: true as const }
  },

  async 'auth.recover'(input, ctx) {
    const { core } = ctx
    core.requireDataFile()
    const wasOpen = core.store !== null
    const keyring = core.currentKeyring()
    const dataKey = await unlockWithRecoveryKey(core.dataFile, keyring, input.recoveryKey, ctx.now)
    const store = core.openWithKey(dataKey, keyring)
    try {
      let username = input.username
      if (!username) {
        const admins = await listActiveAdmins(store.db)
        if (admins.length !== 1) {
          throw new AppFailure(
            'USERS.AMBIGUOUS',
            `There are ${admins.length} administrators: say which one to reset.`,
          )
        }
        username = admins[0]!.username
      }
      const row = await findUserByUsername(store.db, username)
      if (!row || row.role !== 'admin') {
        throw new AppFailure('USERS.NOT_FOUND', `There is no administrator called "${username}".`)
      }
      await store.db.transaction().execute(async (trx) => {
        const deps = await userDeps(ctx, trx)
        if (row.is_disabled === 1) await enableUser(deps, row.username, input.newPassword)
        await setPassword(deps, row.username, input.newPassword, { mustChange: false })
        await core.appendAudit(trx, undefined, {
          action: 'auth.recover',
          entityType: 'user',
          entityId: String(row.id),
          actorUserId: row.id,
          actor: row.username,
          summary: 'New administrator password set with the recovery key',
        })
      })
      core.endSessionsOf(row.id)
      return { username: row.username }
    } finally {
      if (!wasOpen) await closeIfUnused(core)
    }
  },

  async 'auth.checkPassword'(input, ctx) {
    const extra = ctx.core.store ? [await readOrganisationName(ctx.core.store.db)] : []
    return judgePassword(input.password, [...input.userInputs, ...extra])
  },

  async 'auth.touch'() {
    return { done: true as const }
  },
}
