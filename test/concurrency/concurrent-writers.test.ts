import { describe, expect, it } from 'vitest'
import { runPairs } from './concurrency-harness'
import { operationNamed } from './harness-operations'

/**
 * Ten pairs of real CLI processes writing the same data file at once, chosen for the ways two
 * writers used to lose each other's work (issue 8). The long run is `npm run test:concurrency`.
 */
const PAIRS = [
  ['users add', 'users add'],
  ['seed', 'users add'],
  ['users disable', 'users add'],
  ['password change', 'users reset-password'],
  ['users enable', 'users disable'],
  ['clients import', 'plans create'],
  ['backup create', 'users add'],
  ['sign-in with a wrong password', 'sign-in with a wrong password'],
  ['seed', 'clients import'],
  ['password change', 'backup create'],
] as const

describe('two CLI processes writing the same data file at once', () => {
  it('lose nothing, keep the keyring in step, keep the audit log intact and print no stack trace', async () => {
    const counts = await runPairs(
      PAIRS.map(([a, b]) => [operationNamed(a), operationNamed(b)] as const),
      { sweepEvery: 5 },
    )
    expect(counts.problems).toEqual([])
    expect(counts).toMatchObject({
      pairs: PAIRS.length,
      processes: PAIRS.length * 2,
      lostWrites: 0,
      stackTraces: 0,
      internalErrors: 0,
      keyringMismatches: 0,
      signInFailures: 0,
      auditBroken: 0,
    })
  }, 300_000)
})
