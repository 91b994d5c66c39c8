import { beforeAll, describe, expect, it } from 'vitest'
import { KINDS } from './corpus'
import { type HostileRunSummary, MEMORY_CEILING_BYTES, runHostileCorpus } from './hostile-run'

/**
 * A small hostile corpus (every kind once, then drawn by weight) through `imports.preview` and
 * `imports.commit`, each file in a child process with a real encrypted organisation. The long run is
 * `npm run test:hostile -- --files 1000` (docs/reliability.md). The time limit is a hang guard.
 */

const FILES = 40

describe('hostile files through the people importer', () => {
  let summary: HostileRunSummary
  const problems = (...verdicts: string[]) =>
    summary.results
      .filter((r) => verdicts.includes(r.verdict))
      .map((r) => `#${r.index} ${r.kind}: ${r.verdict} ${r.detail}`)

  beforeAll(async () => {
    summary = await runHostileCorpus({
      files: FILES,
      seed: 20261206,
      concurrency: 2,
      timeoutMs: 45_000,
    })
  }, 600_000)

  it('runs every kind of hostile file', () => {
    expect(summary.files).toBe(FILES)
    expect(Object.keys(summary.kinds).sort()).toEqual(KINDS.map((k) => k.name).sort())
  })

  it('never crashes or hangs: every answer is ok or a refusal with a known code', () => {
    expect(problems('crash', 'hang')).toEqual([])
  })

  it('never stores part of a file: all of an accepted commit, nothing of a refused one', () => {
    expect(problems('partial')).toEqual([])
  })

  it(`stays under ${MEMORY_CEILING_BYTES / 1048576} MB for any one file`, () => {
    expect(problems('over-memory')).toEqual([])
    expect(summary.peakRssBytes).toBeLessThan(MEMORY_CEILING_BYTES)
  })

  it('answers each kind as it should (zip bombs too big, broken files unreadable, good files read)', () => {
    expect(problems('unexpected')).toEqual([])
    expect(summary.accepted).toBeGreaterThan(0)
    expect(summary.previewOutcomes['IMPORT.TOO_BIG']).toBeGreaterThan(0)
  })
})
