import { describe, expect, it } from 'vitest'
import {
  type ChainedEvent,
  digestOf,
  GENESIS_HASH,
  hashEvent,
  verifyChain,
  withoutSecrets,
} from './audit-chain'

function chain(n: number): ChainedEvent[] {
  const events: ChainedEvent[] = []
  let prev = GENESIS_HASH
  for (let id = 1; id <= n; id++) {
    const entry = {
      at: `2026-11-25T10:00:0${id % 10}Z`,
      actorUserId: 1,
      actor: 'sam',
      action: 'users.add',
      entityType: 'user',
      entityId: String(id),
      summary: `event ${id}`,
      digest: null,
    }
    const hash = hashEvent(id, prev, entry)
    events.push({ ...entry, id, prevHash: prev, hash })
    prev = hash
  }
  return events
}

describe('audit chain', () => {
  it('an untouched chain is intact', () => {
    const events = chain(5)
    const last = events[4]!
    expect(verifyChain(events, { id: last.id, hash: last.hash })).toEqual({
      isIntact: true,
      checked: 5,
      firstBroken: null,
    })
  })

  it('names an event whose content was changed', () => {
    const events = chain(5)
    events[2] = { ...events[2]!, summary: 'edited' }
    expect(verifyChain(events, null).firstBroken).toEqual({
      id: 3,
      reason: 'event 3 was changed after it was written',
    })
  })

  it('names a deleted event in the middle', () => {
    const events = chain(5)
    events.splice(1, 1)
    expect(verifyChain(events, null).firstBroken?.id).toBe(2)
  })

  it('names events removed from the end, using the head', () => {
    const events = chain(5)
    const head = { id: 5, hash: events[4]!.hash }
    expect(verifyChain(events.slice(0, 3), head).firstBroken).toEqual({
      id: 4,
      reason: 'events from 4 to 5 were removed from the end of the log',
    })
  })

  it('names a re-hashed event that no longer links to its predecessor', () => {
    const events = chain(4)
    const forged = { ...events[1]!, summary: 'forged' }
    const rehashed = { ...forged, hash: hashEvent(2, forged.prevHash, forged) }
    events[1] = rehashed
    expect(verifyChain(events, null).firstBroken).toEqual({
      id: 3,
      reason: 'event 3 does not link to the event before it',
    })
  })

  it('digests ignore key order and never include secrets', () => {
    expect(digestOf({ a: 1, b: 2 })).toBe(digestOf({ b: 2, a: 1 }))
    expect(withoutSecrets({ username: 'x', password: 'p', nested: { newPassword: 'q' } })).toEqual({
      username: 'x',
      password: '[redacted]',
      nested: { newPassword: '[redacted]' },
    })
  })
})
