import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type Json,
  type Run,
  at,
  expectStats,
  keysOf,
  numbers,
  runSmallScale,
  type SmallRun,
} from './bench-report'

/**
 * Runs the imports suite at small scale in a child process (through the same runner as
 * `npm run bench`) and checks what it writes: every size timed for XLSX and CSV, the time per
 * thousand rows and the largest-over-smallest ratio, every number finite and positive. It never
 * checks how fast anything is.
 */

describe('the imports suite at small scale', () => {
  let small: SmallRun
  let run: Run
  let imports: Json

  beforeAll(async () => {
    small = await runSmallScale(['imports'])
    run = small.run
    imports = small.report === null ? null : at(small.report, 'results.imports')
  }, 180_000)

  afterAll(() => small?.cleanup())

  it('finishes and prints a summary', () => {
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain('== imports')
    expect(run.stdout).toContain('xlsxLargestOverSmallestPerRowRatio: ×')
  })

  it('times reading each size of file, as XLSX and as CSV', () => {
    expect(at(imports, 'parameters.rows')).toEqual([500, 2_000, 5_000])
    const sizes = ['rows2000', 'rows500', 'rows5000']
    for (const format of ['xlsx', 'csv']) {
      expect(keysOf(at(imports, format))).toEqual(sizes)
      for (const size of sizes) expectStats(at(imports, `${format}.${size}`))
      expect(keysOf(at(imports, `${format}PerThousandRowsMs`))).toEqual(sizes)
      expect(typeof at(imports, `${format}LargestOverSmallestPerRowRatio`)).toBe('number')
    }
    for (const size of sizes) {
      expect(keysOf(at(imports, `fileBytes.${size}`))).toEqual(['csvBytes', 'xlsxBytes'])
    }
  })

  it('has only finite, positive numbers', () => {
    const all = numbers(imports)
    expect(all.length).toBeGreaterThan(40)
    expect(all.filter((n) => !(Number.isFinite(n.value) && n.value > 0))).toEqual([])
  })

  it('removes its temp folders', () => {
    expect(small.leftoverTempFolders()).toEqual([])
  })
})
