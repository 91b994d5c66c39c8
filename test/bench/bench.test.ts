import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectSuites } from '../../bench/lib/runner'
import { scaleFrom } from '../../bench/lib/scale'
import { compare, median, percentile, summarise } from '../../bench/lib/stats'
import type { BenchSuite } from '../../bench/lib/suite'
import { suites } from '../../bench/suites'
import {
  type Json,
  type Run,
  at,
  expectComparison,
  expectStats,
  numbers,
  runBenchCli,
  runSmallScale,
  type SmallRun,
} from './bench-report'

/**
 * Runs `npm run bench`'s entry point at small scale in a child process and checks what it writes:
 * the documented shape, every timing labelled, every number finite and positive. It never checks
 * how fast anything is: this machine is shared and noisy, and speed is the benchmark's job.
 */

describe('npm run bench at small scale', () => {
  let small: SmallRun
  let run: Run
  let report: Json
  let resultsFile: string

  beforeAll(async () => {
    small = await runSmallScale(['foundation'])
    ;({ run, report, resultsFile } = small)
  }, 180_000)

  afterAll(() => small?.cleanup())

  it('finishes and prints a summary of both suites', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('== unlock')
    expect(run.stdout).toContain('== encryption')
    expect(run.stdout).toContain('encrypted/plain ×')
    expect(run.stdout).toContain(resultsFile)
  })

  it('writes the documented top-level shape', () => {
    expect(at(report, 'shape')).toBe('casebook-bench/1')
    expect(at(report, 'machine.node')).toBe(process.version)
    expect(Number.isInteger(at(report, 'machine.cpus'))).toBe(true)
    expect(at(report, 'machine.platform')).toBe(process.platform)
    expect(at(report, 'scale')).toBe('small')
    const startedAt = at(report, 'startedAt')
    expect(typeof startedAt === 'string' && new Date(startedAt).toISOString()).toBe(startedAt)
    expect(at(report, 'suites')).toEqual(['unlock', 'encryption'])
    expect(Object.keys(at(report, 'results') as object)).toEqual(['unlock', 'encryption'])
  })

  it('labels every unlock timing', () => {
    for (const path of [
      'signIn',
      'parts.readKeyring',
      'parts.unwrapDataKey',
      'parts.openStore',
      'inside.argon2id',
      'inside.openEncryptedFile',
      'inside.migrationCheck',
      'closeStore',
    ]) {
      expectStats(at(report, `results.unlock.${path}`))
    }
    expect(at(report, 'results.unlock.parameters.kdf.memoryKiB')).toBe(65_536)
    expect(typeof at(report, 'results.unlock.argon2idOverSignInRatio')).toBe('number')
  })

  it('labels every encryption comparison, with identical pragmas on both files', () => {
    for (const path of [
      'load.batch',
      'writeMix.round',
      'writeMix.insertBatch',
      'writeMix.updateBatch',
      'writeMix.inside.insertStatements',
      'writeMix.inside.insertCommit',
      'writeMix.inside.updateStatements',
      'writeMix.inside.updateCommit',
      'readMix.round',
      'readMix.pointLookups',
      'readMix.rangeScans',
      'readMix.groupBy',
    ]) {
      expectComparison(at(report, `results.encryption.${path}`), 'encrypted', 'plain')
    }
    for (const key of ['encryptedMs', 'plainMs', 'encryptedOverPlainRatio']) {
      expect(typeof at(report, `results.encryption.load.total.${key}`)).toBe('number')
    }
    expect(at(report, 'results.encryption.parameters.rows')).toBe(20_000)
    expect(at(report, 'results.encryption.parameters.pragmas')).toMatchObject({
      journal_mode: 'wal',
      synchronous: '2',
      cache_size: '-65536',
    })
  })

  it('has only finite, positive numbers', () => {
    const all = numbers(report)
    expect(all.length).toBeGreaterThan(50)
    expect(all.filter((n) => !(Number.isFinite(n.value) && n.value > 0))).toEqual([])
  })

  it('removes its temp folders', () => {
    expect(small.leftoverTempFolders()).toEqual([])
  })
})

describe('choosing what to run', () => {
  let work: string
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'casebook-bench-test-'))
  })
  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('runs only the suite named on the command line', async () => {
    const resultsFile = join(work, 'one.json')
    const run = await runBenchCli(['encryption'], {
      BENCH_SCALE: 'small',
      BENCH_RESULTS_FILE: resultsFile,
    })
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(readFileSync(resultsFile, 'utf8')) as Json
    expect(at(report, 'suites')).toEqual(['encryption'])
    expect(Object.keys(at(report, 'results') as object)).toEqual(['encryption'])
  }, 120_000)

  it('refuses an unknown suite or scale without writing results', async () => {
    const resultsFile = join(work, 'none.json')
    const [unknownSuite, unknownScale] = await Promise.all([
      runBenchCli(['nonsense'], { BENCH_RESULTS_FILE: resultsFile }),
      runBenchCli([], { BENCH_SCALE: 'huge', BENCH_RESULTS_FILE: resultsFile }),
    ])
    expect(unknownSuite.code).toBe(2)
    expect(unknownSuite.stderr).toContain('No benchmark suite is called "nonsense"')
    expect(unknownScale.code).toBe(2)
    expect(unknownScale.stderr).toContain('BENCH_SCALE must be one of small, full')
    expect(existsSync(resultsFile)).toBe(false)
  }, 60_000)

  it('selects suites by name or group, in registry order', () => {
    const fake = (name: string, groups: string[]): BenchSuite => ({
      name,
      groups,
      description: name,
      run: () => Promise.resolve({}),
    })
    const all = [fake('a', ['g']), fake('b', ['g']), fake('c', [])]
    expect(selectSuites(all, []).map((s) => s.name)).toEqual(['a', 'b', 'c'])
    expect(selectSuites(all, ['g']).map((s) => s.name)).toEqual(['a', 'b'])
    expect(selectSuites(all, ['c', 'a']).map((s) => s.name)).toEqual(['a', 'c'])
    expect(() => selectSuites(all, ['d'])).toThrow(/No benchmark suite is called "d"/)
    expect(selectSuites(suites, ['foundation']).map((s) => s.name)).toEqual([
      'unlock',
      'encryption',
    ])
    expect(new Set(suites.map((s) => s.name)).size).toBe(suites.length)
  })

  it('reads BENCH_SCALE', () => {
    expect(scaleFrom(undefined)).toBe('full')
    expect(scaleFrom('')).toBe('full')
    expect(scaleFrom('Small')).toBe('small')
    expect(() => scaleFrom('medium')).toThrow(/BENCH_SCALE/)
  })
})

describe('the statistics helpers (on made-up numbers)', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(hundred, 95)).toBe(95)
    expect(percentile([5, 1, 9], 95)).toBe(9)
    expect(() => median([])).toThrow()
    expect(() => median([1, Number.NaN])).toThrow()
  })

  it('summarises and compares paired samples', () => {
    expect(summarise([2, 4, 6])).toEqual({ samples: 3, medianMs: 4, p95Ms: 6, minMs: 2, maxMs: 6 })
    const result = compare(
      { name: 'encrypted', samplesMs: [2, 4, 9] },
      { name: 'plain', samplesMs: [1, 4, 3] },
    )
    expect(result.medianRatio).toBe(1.333)
    expect(result.pairedMedianRatio).toBe(2)
    expect(() => compare({ name: 'a', samplesMs: [1] }, { name: 'b', samplesMs: [1, 2] })).toThrow()
  })
})
