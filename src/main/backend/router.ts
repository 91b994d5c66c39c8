import type { z } from 'zod'
import type { RouteDef } from '../../shared/contract/route'
import { isRouteName, type RouteName, routes } from '../../shared/contract/routes'
import { AppFailure, type Result, fail, ok } from '../../shared/result'
import { digestOf, readAuditHead, withoutSecrets } from '../audit'
import type { Db } from '../db/handles'
import { describeFileError } from '../db/sqlite-file'
import type { AuditNote } from '../kernel'
import type { BackendCore } from './backend-core'
import { type HostContext, handlerFor } from './handlers'
import { lockIfIdle, type Session } from './session'

export interface DispatchOptions {
  readonly callId?: string
  readonly onProgress?: (done: number, total: number | null, label: string) => void
  readonly signal?: AbortSignal
}

/** Routes a signed-in user may call while they still have to change a first password. */
const ALLOWED_BEFORE_PASSWORD_CHANGE = new Set<string>([
  'auth.changePassword',
  'auth.session',
  'auth.signOut',
  'auth.lock',
  'auth.touch',
  'auth.checkPassword',
  'app.about',
])

/** … and while they still have to set up two-step sign-in. */
const ALLOWED_BEFORE_ENROLMENT = new Set<string>([
  ...ALLOWED_BEFORE_PASSWORD_CHANGE,
  'twoFactor.status',
  'twoFactor.begin',
  'twoFactor.confirm',
])

function formatIssues(error: z.ZodError): {
  message: string
  issues: { path: string; message: string }[]
} {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }))
  const first = issues[0]
  const message = first
    ? first.path
      ? `${first.path}: ${first.message}`
      : first.message
    : 'The request was not valid.'
  return { message, issues }
}

/**
 * Checks who is calling before anything else: a route refuses an unauthorised caller without
 * revealing what input it expects.
 */
function authorise(
  core: BackendCore,
  def: RouteDef,
  name: string,
  session: Session | undefined,
): Result<null> {
  if (def.access === 'public') return ok(null)
  if (!session || !core.store) return fail('AUTH.NOT_SIGNED_IN', 'Sign in first.')
  lockIfIdle(session, core.lockAfterMinutes)
  if (session.isLocked)
    return fail('AUTH.LOCKED', 'Casebook is locked. Enter your password to carry on.')
  if (session.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(name)) {
    return fail('AUTH.PASSWORD_CHANGE_REQUIRED', 'Choose a new password before you carry on.')
  }
  if (session.mustEnrolSecondFactor && !ALLOWED_BEFORE_ENROLMENT.has(name)) {
    return fail(
      'AUTH.SECOND_FACTOR_ENROLMENT_REQUIRED',
      'Set up two-step sign-in (an authenticator app) before you carry on: your role requires it.',
    )
  }
  if (def.access !== 'signed-in' && !def.access.includes(session.user.role)) {
    return fail('AUTH.FORBIDDEN', 'Your role does not allow this.', {
      role: session.user.role,
      route: name,
    })
  }
  return ok(null)
}

/** A switch of data files killed part-way is settled before any call reads the file (ADR 0014). */
async function settleFirst(core: BackendCore): Promise<Result<null>> {
  try {
    await core.settleInterruptedSwitch()
    return ok(null)
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.toError() }
    core.log('Settling a switch of data files failed', error)
    return fail(
      'INTERNAL',
      'Something went wrong inside Casebook. Nothing was lost; please try again.',
    )
  }
}

/**
 * The one way into the backend, for every host: authorise → validate → run → audit. Expected
 * failures come back as values with stable codes; anything thrown is a bug, logged and reported as
 * "something went wrong".
 */
export async function dispatch(
  core: BackendCore,
  connectionId: string,
  name: string,
  input: unknown,
  options: DispatchOptions = {},
): Promise<Result<unknown>> {
  if (!isRouteName(name)) return fail('ROUTE.UNKNOWN', `There is no route called "${name}".`)
  const def: RouteDef = routes[name]
  const settled = await settleFirst(core)
  if (!settled.ok) return settled
  const session = core.sessions.get(connectionId)
  const allowed = authorise(core, def, name, session)
  if (!allowed.ok) return allowed
  const parsed = def.input.safeParse(input ?? {})
  if (!parsed.success) {
    const { message, issues } = formatIssues(parsed.error)
    return fail('INPUT.INVALID', message, { issues })
  }
  if (session && def.access !== 'public') session.lastActivityAt = Date.now()
  try {
    const value = await run(core, connectionId, name, def, parsed.data, session, options)
    const output = def.output.safeParse(value)
    if (!output.success) {
      core.log(`Route ${name} returned a value that does not match its contract`, output.error)
      return fail(
        'INTERNAL',
        'Something went wrong inside Casebook. Nothing was lost; please try again.',
      )
    }
    return ok(output.data)
  } catch (error) {
    if (error instanceof AppFailure) return { ok: false, error: error.toError() }
    const fileError = describeFileError(error, core.dataFile)
    if (fileError) return { ok: false, error: fileError.toError() }
    core.log(`Route ${name} failed`, error)
    return fail(
      'INTERNAL',
      'Something went wrong inside Casebook. Nothing was lost; please try again.',
    )
  } finally {
    // Every transaction of the call has ended: anchor what it committed.
    await core.syncAuditAnchor()
  }
}

async function run(
  core: BackendCore,
  connectionId: string,
  name: RouteName,
  def: RouteDef,
  input: unknown,
  session: Session | undefined,
  options: DispatchOptions,
): Promise<unknown> {
  const handler = handlerFor(name)
  const signal = options.signal ?? new AbortController().signal
  const notes: AuditNote = {}
  let hasAudited = false
  let lastYield = 0
  // One context shape for every kind: the types (kernel/handler.ts) decide what each kind may use,
  // so a read handler is given a database it cannot write through.
  const makeContext = (db: Db | null): HostContext => ({
    core,
    connectionId,
    session,
    now: core.now(),
    signal,
    host: core,
    store: () => core.requireStore(),
    hasStore: () => core.store !== null,
    db: () => db ?? core.requireStore().db,
    transaction: (work) => core.requireStore().db.transaction().execute(work),
    async progress(done, total, label) {
      options.onProgress?.(done, total, label)
      if (Date.now() - lastYield > 50) {
        lastYield = Date.now()
        await new Promise((resolve) => setImmediate(resolve))
      }
      if (signal.aborted) throw new AppFailure('JOB.CANCELLED', 'Cancelled. Nothing was changed.')
    },
    note(note) {
      Object.assign(notes, note)
    },
    async audit(entry, into) {
      hasAudited = true
      await core.appendAudit(into ?? db ?? core.requireStore().db, session, entry)
    },
  })
  const auditEntry = () => ({
    action: name,
    entityType: notes.entityType ?? null,
    entityId: notes.entityId === undefined ? null : String(notes.entityId),
    summary: notes.summary ?? null,
    digest: digestOf(withoutSecrets(input)),
  })

  if (def.kind === 'write') {
    const store = core.requireStore()
    return store.db.transaction().execute(async (trx) => {
      const value = await handler(input, makeContext(trx))
      if (!hasAudited) await core.appendAudit(trx, session, auditEntry())
      return value
    })
  }
  // A job that wrote its own audit event (directly, or through a use case) gets no generic one.
  const headBefore = core.store ? ((await readAuditHead(core.store.db))?.id ?? 0) : null
  const value = await handler(input, makeContext(null))
  if (def.kind === 'job' && !hasAudited && core.store && session) {
    const headAfter = (await readAuditHead(core.store.db))?.id ?? 0
    if (headAfter === headBefore) await core.appendAudit(core.store.db, session, auditEntry())
  }
  return value
}
