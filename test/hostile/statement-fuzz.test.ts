import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

/** The limit is a hang guard, not a timing: a run takes seconds, and is killed if it takes minutes. */
const HANG_GUARD_MS = 240_000

describe('the statement readers, fuzzed (fast-check, random and mutated real files)', () => {
  it('never crash, never hang, never return part of a file', () => {
    const child = spawnSync(
      TSX,
      [join(ROOT, 'test/hostile/statement-fuzz-child.ts'), '300', '20261206'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: HANG_GUARD_MS,
        killSignal: 'SIGKILL',
      },
    )
    expect(child.signal, 'killed by the hang guard').toBeNull()
    expect(child.stderr).toBe('')
    expect(child.status).toBe(0)
    const report = JSON.parse(child.stdout) as {
      structured: number
      counts: Record<string, number>
    }
    const total = (prefix: string) =>
      Object.entries(report.counts)
        .filter(([k]) => k.startsWith(prefix))
        .reduce((t, [, n]) => t + n, 0)
    expect(total('random:')).toBe(300)
    expect(total('mutated:')).toBe(1200)
    expect(total('prefix:')).toBe(300)
    expect(report.counts['prefix:ok']).toBeUndefined()
    // The mutations reach the line readers, not only the outer checks.
    expect(report.counts['mutated:ok']).toBeGreaterThan(0)
    expect(report.counts['mutated:STATEMENTS.BAD_LINE']).toBeGreaterThan(0)
    expect(report.structured).toBeGreaterThanOrEqual(3)
  }, 300_000)
})
