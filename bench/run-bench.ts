/**
 * `npm run bench [-- <suite or group>...]`: runs the benchmark suites (all by default), prints a
 * summary and writes bench/results/latest.json. See bench/README.md.
 *
 *   BENCH_SCALE=small         quick run (seconds) instead of the full one
 *   BENCH_RESULTS_FILE=path   write the JSON somewhere else (the tests do)
 *   npm run bench -- --list   the suites and their groups
 */
import { join, resolve } from 'node:path'
import { formatReport } from './lib/print'
import { runBench, selectSuites, UnknownSuiteError } from './lib/runner'
import { scaleFrom } from './lib/scale'
import { removeLiveTempDirs } from './lib/temp'
import { suites } from './suites'

export const DEFAULT_RESULTS_FILE = join(__dirname, 'results', 'latest.json')

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--list')) {
    for (const s of suites) {
      console.log(`${s.name}  [groups: ${s.groups.join(', ') || '-'}]  ${s.description}`)
    }
    return 0
  }
  const unknownFlag = argv.find((a) => a.startsWith('-'))
  if (unknownFlag) {
    console.error(`Unknown option ${unknownFlag}. Usage: npm run bench [-- --list | <suite>...]`)
    return 2
  }
  const scale = scaleFrom(process.env.BENCH_SCALE)
  const resultsFile = process.env.BENCH_RESULTS_FILE
    ? resolve(process.env.BENCH_RESULTS_FILE)
    : DEFAULT_RESULTS_FILE
  const selected = selectSuites(suites, argv)
  const report = await runBench(selected, {
    scale,
    resultsFile,
    log: (message) => console.error(message),
  })
  console.log(formatReport(report, selected).join('\n'))
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
    if (
      error instanceof UnknownSuiteError ||
      (error instanceof Error && /^BENCH_/.test(error.message))
    ) {
      console.error(error.message)
      process.exitCode = 2
    } else {
      console.error(error)
      process.exitCode = 1
    }
  },
)
