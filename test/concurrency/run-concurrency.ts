/**
 * The long concurrency run: `npm run test:concurrency -- --pairs 100 [--seed 1] [--quiet]`.
 * Prints one line per pair and then the counts; exits 1 if anything was lost or broken.
 */
import { pairPlan, runPairs } from './concurrency-harness'

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number`)
  return value
}

async function main(): Promise<number> {
  const pairs = option('pairs', 20)
  const seed = option('seed', 1)
  const quiet = process.argv.includes('--quiet')
  const started = Date.now()
  const counts = await runPairs(pairPlan(pairs, seed), {
    sweepEvery: 10,
    log: quiet ? undefined : (line) => console.log(line),
  })
  const minutes = ((Date.now() - started) / 60_000).toFixed(1)
  console.log(`\nConcurrent writers: ${pairs} pairs (seed ${seed}) in ${minutes} min`)
  console.log(`  pairs               ${counts.pairs}`)
  console.log(`  CLI processes       ${counts.processes}`)
  console.log(`  lost writes         ${counts.lostWrites}`)
  console.log(`  stack traces        ${counts.stackTraces}`)
  console.log(`  INTERNAL errors     ${counts.internalErrors}`)
  console.log(`  keyring mismatches  ${counts.keyringMismatches}`)
  console.log(`  sign-in failures    ${counts.signInFailures}`)
  console.log(`  audit log broken    ${counts.auditBroken}`)
  const refusals = Object.entries(counts.refusals)
  console.log(
    `  refusals            ${refusals.length ? refusals.map(([c, n]) => `${c} ×${n}`).join(', ') : 'none'}`,
  )
  for (const problem of counts.problems) console.log(`  ! ${problem}`)
  return counts.problems.length === 0 ? 0 : 1
}

void main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
