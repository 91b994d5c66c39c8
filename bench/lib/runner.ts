import { loadAverageText, machineInfo, REPORT_SHAPE, type BenchReport, writeReport } from './report'
import type { Scale } from './scale'
import type { BenchSuite, SuiteResult } from './suite'
import { nowMs } from './timing'
import { withTempDir } from './temp'

export class UnknownSuiteError extends Error {}

/**
 * The suites named on the command line, in registry order. A name matches a suite's `name` or one
 * of its `groups`; no names means every suite.
 */
export function selectSuites(
  all: readonly BenchSuite[],
  names: readonly string[],
): readonly BenchSuite[] {
  if (names.length === 0) return all
  const wanted = new Set(names.map((n) => n.toLowerCase()))
  for (const name of wanted) {
    if (!all.some((s) => s.name === name || s.groups.includes(name))) {
      const known = all.map((s) => `${s.name} (${[...s.groups].join(', ') || 'no groups'})`)
      throw new UnknownSuiteError(
        `No benchmark suite is called "${name}". Known: ${known.join('; ')}.`,
      )
    }
  }
  return all.filter((s) => wanted.has(s.name) || s.groups.some((g) => wanted.has(g)))
}

export interface RunOptions {
  readonly scale: Scale
  /** Where the JSON report goes (its folder is created). */
  readonly resultsFile: string
  readonly log: (message: string) => void
}

/** Runs the suites one after another and writes the report; returns it. */
export async function runBench(
  suites: readonly BenchSuite[],
  options: RunOptions,
): Promise<BenchReport> {
  const machine = machineInfo()
  const started = new Date()
  const startMs = nowMs()
  const results: Record<string, SuiteResult> = {}
  for (const suite of suites) {
    options.log(`[${suite.name}] starting (scale ${options.scale}, load ${loadAverageText()})`)
    const suiteStart = nowMs()
    results[suite.name] = await suite.run({
      scale: options.scale,
      log: (message) => options.log(`[${suite.name}] ${message}`),
      withTempDir: (fn) => withTempDir(suite.name, fn),
    })
    options.log(`[${suite.name}] done in ${((nowMs() - suiteStart) / 1000).toFixed(1)} s`)
  }
  const report: BenchReport = {
    shape: REPORT_SHAPE,
    machine,
    scale: options.scale,
    startedAt: started.toISOString(),
    finishedAt: new Date().toISOString(),
    durationMs: Math.round(nowMs() - startMs),
    suites: suites.map((s) => s.name),
    results,
  }
  writeReport(options.resultsFile, report)
  return report
}
