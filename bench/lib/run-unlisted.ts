/**
 * Runs suites by module path, whether or not bench/suites/index.ts lists them yet, with the same
 * runner, environment variables, report and summary as `npm run bench`:
 *
 *   npx tsx bench/lib/run-unlisted.ts bench/suites/search.ts
 *   BENCH_SCALE=small BENCH_RESULTS_FILE=/tmp/x.json npx tsx bench/lib/run-unlisted.ts bench/suites/search.ts
 *
 * Every export of each module that is a `BenchSuite` runs, in the order given. Exit codes as
 * `npm run bench`: 0 done, 1 a suite failed (nothing is written), 2 a usage mistake.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { formatReport } from './print'
import { runBench } from './runner'
import { scaleFrom } from './scale'
import type { BenchSuite } from './suite'
import { removeLiveTempDirs } from './temp'

export const DEFAULT_RESULTS_FILE = resolve(__dirname, '..', 'results', 'latest.json')

function isSuite(value: unknown): value is BenchSuite {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BenchSuite).name === 'string' &&
    Array.isArray((value as BenchSuite).groups) &&
    typeof (value as BenchSuite).run === 'function'
  )
}

class UsageError extends Error {}

async function suitesIn(modulePath: string): Promise<BenchSuite[]> {
  const loaded = (await import(pathToFileURL(resolve(modulePath)).href)) as Record<string, unknown>
  const found = Object.values(loaded).filter(isSuite)
  if (found.length === 0) throw new UsageError(`${modulePath} exports no benchmark suite.`)
  return found
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv.some((a) => a.startsWith('-'))) {
    throw new UsageError('Usage: tsx bench/lib/run-unlisted.ts <suite module>...')
  }
  const scale = scaleFrom(process.env.BENCH_SCALE)
  const resultsFile = process.env.BENCH_RESULTS_FILE
    ? resolve(process.env.BENCH_RESULTS_FILE)
    : DEFAULT_RESULTS_FILE
  const suites: BenchSuite[] = []
  for (const path of argv) suites.push(...(await suitesIn(path)))
  const report = await runBench(suites, {
    scale,
    resultsFile,
    log: (message) => console.error(message),
  })
  console.log(formatReport(report, suites).join('\n'))
  console.log(`\nResults written to ${resultsFile}`)
  return 0
}

function interrupted(signal: NodeJS.Signals): void {
  removeLiveTempDirs()
  console.error(`Interrupted (${signal}); temp folders removed.`)
  process.exit(130)
}
process.once('SIGINT', interrupted)
process.once('SIGTERM', interrupted)

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    removeLiveTempDirs()
    if (error instanceof UsageError || (error instanceof Error && /^BENCH_/.test(error.message))) {
      console.error(error.message)
      process.exitCode = 2
    } else {
      console.error(error)
      process.exitCode = 1
    }
  },
)
