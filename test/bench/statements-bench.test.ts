import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Json, at, expectStats, numbers, runSmallScale, type SmallRun } from './bench-report'

/**
 * Runs the statements suite at small scale in a child process (through the same runner as
 * `npm run bench`) and checks what it writes: each file timed, every number finite and positive.
 * It never checks how fast anything is.
 */
describe('the statements suite at small scale', () => {
  let small: SmallRun
  let statements: Json

  beforeAll(async () => {
    small = await runSmallScale(['statements'])
    statements = small.report === null ? null : at(small.report, 'results.statements')
  }, 180_000)

  afterAll(() => small?.cleanup())

  it('reads each kind of file and reports its timings', () => {
    expect(small.run.code, small.run.stderr).toBe(0)
    expect(small.run.stdout).toContain('== statements')
    expect(at(statements, 'parameters.lines')).toBe(2_000)
    for (const name of ['lloydsCsv', 'nationwideCsv', 'ofx']) expectStats(at(statements, name))
  })

  it('has only finite, positive numbers', () => {
    const all = numbers(statements)
    expect(all.filter((n) => !(Number.isFinite(n.value) && n.value > 0))).toEqual([])
  })
})
