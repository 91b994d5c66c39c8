import { createHash, randomInt } from 'node:crypto'
import { Secret, TOTP } from 'otpauth'
import QRCode from 'qrcode'
import { AppFailure } from '../../shared/result'
import type { Db, ReadDb } from '../db/handles'
import { attemptFailed, beginAttempt, delayAfter, withdrawAttempt } from './sign-in-throttle'

/**
 * Two-step sign-in: a TOTP (RFC 6238: 6 digits, 30 seconds, SHA-1, as every authenticator app
 * reads it) and ten one-time recovery codes for a lost phone. The secret sits inside the encrypted
 * file. It guards signing in through Casebook (a colleague who learnt a password); the data key is
 * still unlocked by the password alone, so a stolen file is protected by the encryption and argon2,
 * as before (ADR 0016).
 */
const PERIOD = 30
const RECOVERY_CODES = 10
/** Base32 letters without ones that are easily misread (0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

function totpFor(secret: string, label: string, issuer: string): TOTP {
  return new TOTP({
    issuer,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  })
}

function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / PERIOD)
}

/** Strips spaces and dashes and upper-cases, so a code can be typed as it is printed or not. */
function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase()
}

function hashCode(code: string): string {
  return createHash('sha256').update(normaliseCode(code)).digest('hex')
}

function newRecoveryCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
  const half = () => Array.from({ length: 4 }, pick).join('')
  return `${half()}-${half()}`
}

export interface SecondFactorState {
  readonly isEnrolled: boolean
  readonly recoveryCodesLeft: number
}

export async function secondFactorOf(db: ReadDb, userId: number): Promise<SecondFactorState> {
  const factor = await db
    .selectFrom('user_second_factors')
    .select('confirmed_at')
    .where('user_id', '=', userId)
    .executeTakeFirst()
  const left = await db
    .selectFrom('user_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow()
  return { isEnrolled: Boolean(factor?.confirmed_at), recoveryCodesLeft: Number(left.n) }
}

/**
 * Starts (or starts again) setting up an authenticator app: a new secret, shown as a QR code and as
 * text. Nothing changes at sign-in until a code from it has been confirmed.
 */
export async function beginEnrolment(
  db: Db,
  user: { id: number; username: string },
  issuer: string,
  now: Date,
): Promise<{ secret: string; uri: string; qrCode: string }> {
  if ((await secondFactorOf(db, user.id)).isEnrolled) {
    throw new AppFailure(
      'AUTH.SECOND_FACTOR_EXISTS',
      'Two-step sign-in is already set up for you. To move it to a new phone, ask an administrator to reset it.',
    )
  }
  const secret = new Secret({ size: 20 }).base32
  await db
    .insertInto('user_second_factors')
    .values({ user_id: user.id, secret, confirmed_at: null, created_at: now.toISOString() })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret, confirmed_at: null, created_at: now.toISOString() }),
    )
    .execute()
  const uri = totpFor(secret, user.username, issuer || 'Casebook').toString()
  const qrCode = await QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, scale: 6 })
  return { secret: secret.replace(/(.{4})/g, '$1 ').trim(), uri, qrCode }
}

/** The step a TOTP code is valid for now (one step either side, for clock drift), or null. */
function acceptedStep(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpFor(secret, 'x', 'x').validate({ token, timestamp: now.getTime(), window: 1 })
  return delta === null ? null : stepAt(now) + delta
}

function wrongCode(): AppFailure {
  return new AppFailure(
    'AUTH.WRONG_CODE',
    'That code is not right. Use the newest 6-digit code from your authenticator app, or a recovery code.',
  )
}

/**
 * Confirms the authenticator app with a first code, and returns ten recovery codes (shown once; only
 * their hashes are kept). Earlier recovery codes stop working.
 */
export async function confirmEnrolment(
  db: Db,
  userId: number,
  code: string,
  now: Date,
): Promise<string[]> {
  const factor = await db
    .selectFrom('user_second_factors')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirst()
  if (!factor || factor.confirmed_at) {
    throw new AppFailure(
      'AUTH.SECOND_FACTOR_NOT_STARTED',
      'Start setting up two-step sign-in first.',
    )
  }
  const step = acceptedStep(factor.secret, code, now)
  if (step === null) throw wrongCode()
  const at = now.toISOString()
  await db
    .updateTable('user_second_factors')
    .set({ confirmed_at: at, last_used_step: step })
    .where('user_id', '=', userId)
    .execute()
  return issueRecoveryCodes(db, userId, now)
}

/** Ten new recovery codes for a login, replacing any it had. */
export async function issueRecoveryCodes(db: Db, userId: number, now: Date): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode)
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute()
  await db
    .insertInto('user_recovery_codes')
    .values(
      codes.map((c) => ({
        user_id: userId,
        code_hash: hashCode(c),
        used_at: null,
        created_at: now.toISOString(),
      })),
    )
    .execute()
  return codes
}

/**
 * Checks a sign-in code: a TOTP code not used before (a code seen once is never accepted again), or
 * an unused recovery code (then used up). Throws AUTH.WRONG_CODE otherwise.
 */
export async function proveSecondFactor(
  db: Db,
  userId: number,
  code: string,
  now: Date,
): Promise<'authenticator' | 'recovery code'> {
  const factor = await db
    .selectFrom('user_second_factors')
    .selectAll()
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow()
  const step = acceptedStep(factor.secret, code, now)
  if (step !== null && step > factor.last_used_step) {
    await db
      .updateTable('user_second_factors')
      .set({ last_used_step: step })
      .where('user_id', '=', userId)
      .execute()
    return 'authenticator'
  }
  const used = await db
    .updateTable('user_recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashCode(code))
    .where('used_at', 'is', null)
    .returning('id')
    .executeTakeFirst()
  if (used) return 'recovery code'
  throw wrongCode()
}

/** Takes a login's second factor away (a lost phone): they set it up again at their next sign-in. */
export async function resetSecondFactor(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('user_recovery_codes').where('user_id', '=', userId).execute()
  await db.deleteFrom('user_second_factors').where('user_id', '=', userId).execute()
}

/** For tests and the CLI's own checks: the code an authenticator app would show now. */
export function currentCodeFor(secret: string, now: Date): string {
  return totpFor(secret.replace(/\s/g, ''), 'x', 'x').generate({ timestamp: now.getTime() })
}

/**
 * The second step of signing in, throttled like a password (a wrong code counts as a failed attempt
 * and slows the next). Returns how the person proved it; throws AUTH.WRONG_CODE.
 */
export async function checkSignInCode(
  db: Db,
  dataFile: string,
  lookup: string,
  userId: number,
  code: string,
  now: Date,
): Promise<'authenticator' | 'recovery code'> {
  await beginAttempt(dataFile, lookup, now)
  try {
    const how = await db.transaction().execute((trx) => proveSecondFactor(trx, userId, code, now))
    await withdrawAttempt(dataFile, lookup)
    return how
  } catch (error) {
    if (!(error instanceof AppFailure && error.code === 'AUTH.WRONG_CODE')) {
      await withdrawAttempt(dataFile, lookup)
      throw error
    }
    const record = await attemptFailed(dataFile, lookup, now, 'wrong two-step code', false)
    const delay = delayAfter(record.failures)
    throw new AppFailure(
      'AUTH.WRONG_CODE',
      delay > 0 ? `${error.message} Wait ${delay} seconds before trying again.` : error.message,
      { retryAfterSeconds: delay },
    )
  }
}
