import { createHash } from 'node:crypto'

/** The hash the first event links back to. */
export const GENESIS_HASH = '0'.repeat(64)

/** What an audit event says, before it is linked into the chain. */
export interface AuditEntry {
  readonly at: string
  readonly actorUserId: number | null
  readonly actor: string | null
  readonly action: string
  readonly entityType: string | null
  readonly entityId: string | null
  readonly summary: string | null
  /** SHA-256 of the change (the call's input without secrets), so edits to it are provable. */
  readonly digest: string | null
}

export interface ChainedEvent extends AuditEntry {
  readonly id: number
  readonly prevHash: string
  readonly hash: string
}

/** The hash of one event: its position, its predecessor's hash and every field, in a fixed order. */
export function hashEvent(id: number, prevHash: string, e: AuditEntry): string {
  const canonical = JSON.stringify([
    id,
    prevHash,
    e.at,
    e.actorUserId,
    e.actor,
    e.action,
    e.entityType,
    e.entityId,
    e.summary,
    e.digest,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

/** SHA-256 of a value's JSON with object keys sorted, so equal changes give equal digests. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

const SECRET_KEY = /password|recoverykey|secret/i

/** Copies a call's input with every secret-looking field replaced, for the audit digest. */
export function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SECRET_KEY.test(k) ? '[redacted]' : withoutSecrets(v),
      ]),
    )
  }
  return value
}

export interface ChainVerification {
  readonly isIntact: boolean
  readonly checked: number
  readonly firstBroken: { readonly id: number; readonly reason: string } | null
}

/**
 * Walks the chain in id order and names the first broken link: an event whose content no longer
 * matches its hash, one whose predecessor is missing or changed, or a head that does not match the
 * last event (events removed from the end).
 */
export function verifyChain(
  events: Iterable<ChainedEvent>,
  head: { id: number; hash: string } | null,
): ChainVerification {
  let prev: ChainedEvent | null = null
  let checked = 0
  for (const event of events) {
    const expectedPrevHash = prev ? prev.hash : GENESIS_HASH
    if (prev && event.id !== prev.id + 1) {
      return broken(
        checked,
        prev.id + 1,
        `event ${prev.id + 1} is missing (the log jumps from ${prev.id} to ${event.id})`,
      )
    }
    if (!prev && event.id !== 1) {
      return broken(checked, 1, `event 1 is missing (the log starts at ${event.id})`)
    }
    if (event.prevHash !== expectedPrevHash) {
      return broken(checked, event.id, `event ${event.id} does not link to the event before it`)
    }
    if (hashEvent(event.id, event.prevHash, event) !== event.hash) {
      return broken(checked, event.id, `event ${event.id} was changed after it was written`)
    }
    prev = event
    checked += 1
  }
  if (head && (!prev || prev.id !== head.id || prev.hash !== head.hash)) {
    const missingFrom = prev ? prev.id + 1 : 1
    return broken(
      checked,
      missingFrom,
      `events from ${missingFrom} to ${head.id} were removed from the end of the log`,
    )
  }
  return { isIntact: true, checked, firstBroken: null }
}

function broken(checked: number, id: number, reason: string): ChainVerification {
  return { isIntact: false, checked, firstBroken: { id, reason } }
}
