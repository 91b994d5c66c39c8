import { describe, expect, it } from 'vitest'
import { FREE_ATTEMPTS, secondsToWait } from './sign-in-throttle'

const at = Date.parse('2026-12-01T10:00:00Z')
const record = (failures: number, msAfter: number) => ({
  failures,
  lastFailureAt: new Date(at + msAfter).toISOString(),
})

describe('how long someone must wait before another sign-in attempt counts', () => {
  it('is nothing within the free attempts, even for a failure stamped later than the call began', () => {
    // A sign-in call takes its time when it starts; the password check stamps its own attempt a
    // moment later, so the two-step code is then checked "before" the last attempt.
    expect(secondsToWait(record(1, 400), new Date(at))).toBe(0)
    expect(secondsToWait(record(FREE_ATTEMPTS - 1, 400), new Date(at))).toBe(0)
  })

  it('is the full delay after a later-stamped failure past the free attempts, and counts down', () => {
    expect(secondsToWait(record(FREE_ATTEMPTS, 400), new Date(at))).toBe(2)
    expect(secondsToWait(record(FREE_ATTEMPTS, 0), new Date(at + 1500))).toBe(1)
    expect(secondsToWait(record(FREE_ATTEMPTS, 0), new Date(at + 2000))).toBe(0)
  })
})
