import { describe, expect, it } from 'vitest'
import { runCrashTrials } from './crash-harness'
import type { KillPlan } from './kill-plan'

/**
 * Key rotations killed all through the rekey. SQLite re-encrypts every page under a rollback journal
 * sealed with the old key; a kill while it writes the pages back used to leave a file that neither
 * the old key nor the new one opened (the rekey drew a new salt for page 1). Whatever the moment, the
 * next sign-in must open the file with one key or the other, whole. The first rotation is left to
 * finish, to learn how long a rekey of this file takes. The time limit is a hang guard.
 */
const KILLS = 10

describe('a key rotation killed during the rekey', () => {
  it('leaves a file the next sign-in opens, whole, with the old key or the new', async () => {
    const plan: { operation: 'db.rotateKey'; kill: KillPlan }[] = [
      { operation: 'db.rotateKey', kill: { kind: 'none' } },
      ...Array.from({ length: KILLS }, (_, i) => ({
        operation: 'db.rotateKey' as const,
        kill: {
          kind: 'target' as const,
          target: { probe: 'rekey' as const, nth: 1, when: 'within' as const },
          fraction: (i + 0.5) / KILLS,
        },
      })),
    ]
    const summary = await runCrashTrials({ trials: plan.length, seed: 1, plan, basePeople: 300 })
    const problems = summary.results.flatMap((r) =>
      r.findings.map((f) => `#${r.index} (${r.kill}, ${r.landed}): ${f.kind}: ${f.message}`),
    )
    expect(problems).toEqual([])
    expect(summary.results.filter((r) => r.landed === 'during rekey #1').length).toBeGreaterThan(
      KILLS / 2,
    )
  }, 300_000)
})
