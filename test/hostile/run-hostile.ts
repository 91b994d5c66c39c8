import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { fileURLToPath } from 'node:url'
import { type HostileRunSummary, runHostileCorpus } from './hostile-run'

/**
 * `npm run test:hostile -- --files 1000 [--seed 1] [--concurrency 2] [--timeout-ms 60000]`
 *
 * The long run of the hostile-files harness: prints one line per file to stderr, the counts to
 * stdout, and every result to test-artifacts/hostile/latest.json (or --out). Exits 1 when any file
 * crashed, hung, was partly imported, went over the memory ceiling or was answered unexpectedly.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

function mb(bytes: number): string {
  return `${(bytes / 1048576).toFixed(0)} MB`
}

export function printSummary(s: HostileRunSummary): string {
  const lines = [
    `Hostile files: ${s.files} (seed ${s.seed}) in ${(s.durationMs / 1000).toFixed(0)} s`,
    `  accepted ${s.accepted}, refused ${s.refused}`,
    `  crashes ${s.crashes}, hangs ${s.hangs}, partial imports ${s.partialImports}, over memory ${s.overMemory}, unexpected answers ${s.unexpected}`,
    `  peak memory ${mb(s.peakRssBytes)} (${s.peakRssFile}); ceiling ${mb(s.memoryCeilingBytes)}`,
    `  slowest file ${(s.slowestMs / 1000).toFixed(1)} s (${s.slowestFile})`,
    `  preview answers: ${Object.entries(s.previewOutcomes)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      files: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      concurrency: { type: 'string', default: '2' },
      'timeout-ms': { type: 'string', default: '60000' },
      out: { type: 'string', default: join(ROOT, 'test-artifacts', 'hostile', 'latest.json') },
    },
  })
  const summary = await runHostileCorpus({
    files: Number(values.files),
    seed: Number(values.seed),
    concurrency: Number(values.concurrency),
    timeoutMs: Number(values['timeout-ms']),
    log: (line) => process.stderr.write(`${line}\n`),
  })
  mkdirSync(dirname(values.out), { recursive: true })
  writeFileSync(values.out, `${JSON.stringify(summary, null, 2)}\n`)
  process.stdout.write(`${printSummary(summary)}\n  results: ${values.out}\n`)
  const failed =
    summary.crashes +
    summary.hangs +
    summary.partialImports +
    summary.overMemory +
    summary.unexpected
  for (const r of summary.results.filter((r) => !['accepted', 'refused'].includes(r.verdict))) {
    process.stdout.write(`  ${r.verdict}: #${r.index} ${r.kind} ${r.name} — ${r.detail}\n`)
  }
  process.exit(failed > 0 ? 1 : 0)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  )
  process.exit(2)
})
