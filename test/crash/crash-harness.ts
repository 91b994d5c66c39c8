import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildChild, type ChildOutcome, runChild, type Timings } from './child-run'
import {
  checkFile,
  type KeyringRepairOutcome,
  repairKeyring,
  scanFolders,
  sweepLogins,
} from './crash-checks'
import { createFile, type FileState, type OpenFile, openAsAdmin } from './crash-file'
import type { CrashOperation } from './crash-operation'
import type { Finding, FindingKind, OperationName } from './crash-types'
import { describeKill, type KillPlan, planTrials } from './kill-plan'
import { KEY_OPERATIONS } from './operations-keys'
import { RECORD_OPERATIONS } from './operations-records'

/**
 * The crash harness (issue 8): children doing real work through the router on one data file, killed
 * with SIGKILL at chosen moments (kill-plan.ts); after each, the parent opens the file again as the
 * administrator and checks it (crash-checks.ts) and the operation's own records (operations-*.ts).
 * A file found damaged in any way is set aside and the next trial starts on a new one.
 */

export const OPERATIONS: readonly CrashOperation[] = [...RECORD_OPERATIONS, ...KEY_OPERATIONS]

export function operationNamed(name: OperationName): CrashOperation {
  const found = OPERATIONS.find((op) => op.name === name)
  if (!found) throw new Error(`No crash operation called ${name}`)
  return found
}

export interface CrashRunOptions {
  readonly trials: number
  readonly seed: number
  /** Chosen trials instead of the seeded plan (the run in `npm test`). */
  readonly plan?: readonly { readonly operation: OperationName; readonly kill: KillPlan }[]
  /** A new organisation after this many trials, so files of every age are killed in. */
  readonly trialsPerFile?: number
  /**
   * People a seed puts in every other new file first (the first, third, …), so VACUUM INTO and the
   * rekey have megabytes to work through; the others start empty, so a seed adds its staff.
   */
  readonly basePeople?: number
  /** A child still running after this is killed and counted as an error (a hang guard). */
  readonly timeoutMs?: number
  log?(line: string): void
}

export interface TrialResult {
  readonly index: number
  /** Which data file of the run (1, 2, …). */
  readonly file: number
  readonly operation: OperationName
  readonly kill: string
  readonly killed: boolean
  readonly killedAtMs: number | null
  readonly landed: string | null
  readonly stepsReported: number
  readonly findings: Finding[]
  /** What `db.repairKeyring` did, when the keyring and the users table disagreed. */
  readonly keyringRepair: string | null
  readonly leftovers: string[]
}

export interface OperationCounts {
  trials: number
  kills: number
  finished: number
  findings: number
}

export interface CrashRunSummary {
  readonly trials: number
  readonly kills: number
  readonly seed: number
  readonly files: number
  readonly byOperation: Record<string, OperationCounts>
  /** Findings by kind: corrupt, partial, lost, keyring, audit, stray, unaudited, unrecorded, error. */
  readonly counts: Record<FindingKind, number>
  /** Trials after which `db.repairKeyring` mended the keyring. */
  readonly keyringRepairs: number
  readonly leftovers: number
  readonly durationMs: number
  readonly results: TrialResult[]
}

const KINDS: readonly FindingKind[] = [
  'corrupt',
  'partial',
  'lost',
  'keyring',
  'audit',
  'stray',
  'unaudited',
  'unrecorded',
  'error',
]
/** Findings after which the file is set aside: later trials on it would only repeat them. */
const SETS_ASIDE: ReadonlySet<FindingKind> = new Set(['corrupt', 'audit', 'error'])

async function open(state: FileState): Promise<OpenFile | Finding> {
  const opened = await openAsAdmin(state.dataFile)
  if ('backend' in opened) return opened
  const error = opened.ok ? null : opened.error
  return {
    kind: 'corrupt',
    message: `the administrator cannot sign in: ${error?.code} ${error?.message}`,
  }
}

function childFindings(outcome: ChildOutcome): Finding[] {
  const found: Finding[] = []
  for (const r of outcome.refused) {
    found.push({ kind: 'error', message: `${r.route} refused: ${r.code} ${r.message}` })
  }
  if (outcome.hung)
    found.push({ kind: 'error', message: 'the child was still running at the limit' })
  if (!outcome.killed && !outcome.isDone && outcome.refused.length === 0) {
    found.push({
      kind: 'error',
      message: `the child exited ${outcome.exitCode} on its own: ${outcome.stderr.slice(-1500)}`,
    })
  }
  return found
}

/** One trial: fixtures, the child and its kill, then the file opened again and checked. */
async function runTrial(
  index: number,
  operation: CrashOperation,
  kill: KillPlan,
  state: FileState,
  context: { script: string; timings: Timings; tempDir: string; timeoutMs: number; file: number },
): Promise<TrialResult> {
  const before = await open(state)
  if (!('backend' in before)) throw new Error(`trial ${index}: ${before.message}`)
  const prepared = await operation.prepare(before, state)
  await before.close()

  const pause = kill.kind === 'target' && kill.target.when !== 'within' ? kill.target : null
  const outcome = await runChild(
    context.script,
    {
      dataFile: state.dataFile,
      operation: operation.name,
      signIn: prepared.signIn,
      params: prepared.params,
      pause: pause && {
        probe: pause.probe,
        nth: pause.nth,
        when: pause.when as 'before' | 'after',
      },
    },
    kill,
    context.timings,
    { tempDir: context.tempDir, timeoutMs: context.timeoutMs },
  )

  const findings = childFindings(outcome)
  let repair: KeyringRepairOutcome | null = null
  const after = await open(state)
  if ('backend' in after) {
    try {
      findings.push(...(await checkFile(after, state)))
      findings.push(...(await prepared.verify(after, outcome.steps)))
      if (findings.some((f) => f.kind === 'keyring')) {
        repair = await repairKeyring(after, state)
        findings.push(...repair.findings)
      }
      if (operation.sweepsLogins || index % 10 === 9) {
        findings.push(...(await sweepLogins(after, state)))
      }
    } finally {
      await after.close()
    }
  } else {
    findings.push(after)
  }
  const scan = scanFolders([state.dir, state.backups, context.tempDir], state.seenFiles)
  findings.push(...scan.strays)
  return {
    index,
    file: context.file,
    operation: operation.name,
    kill: describeKill(kill),
    killed: outcome.killed,
    killedAtMs: outcome.killedAtMs,
    landed: outcome.landed,
    stepsReported: outcome.steps.length,
    findings,
    keyringRepair: repair?.summary ?? null,
    leftovers: scan.leftovers,
  }
}

export async function runCrashTrials(options: CrashRunOptions): Promise<CrashRunSummary> {
  const started = performance.now()
  const trialsPerFile = options.trialsPerFile ?? 30
  const script = await buildChild()
  const work = mkdtempSync(join(tmpdir(), 'casebook-crash-'))
  const timings: Timings = {
    operationMs: new Map(OPERATIONS.map((op) => [op.name, op.typicalMs])),
    stepMs: new Map(),
  }
  const results: TrialResult[] = []
  let state: FileState | null = null
  let trialsOnFile = 0
  let files = 0
  try {
    const plan = options.plan
      ? options.plan.map((t) => ({ operation: operationNamed(t.operation), kill: t.kill }))
      : planTrials(OPERATIONS, options.trials, options.seed)
    for (const [index, { operation, kill }] of plan.entries()) {
      if (!state || trialsOnFile >= trialsPerFile) {
        files += 1
        const dir = join(work, `file-${files}`)
        mkdirSync(dir)
        state = await createFile(dir, files % 2 === 1 ? (options.basePeople ?? 500) : 0)
        trialsOnFile = 0
      }
      const tempDir = join(state.dir, 'tmp')
      mkdirSync(tempDir, { recursive: true })
      const result = await runTrial(index, operation, kill, state, {
        script,
        timings,
        tempDir,
        timeoutMs: options.timeoutMs ?? 60_000,
        file: files,
      })
      results.push(result)
      trialsOnFile += 1
      if (result.findings.some((f) => SETS_ASIDE.has(f.kind))) state = null
      options.log?.(
        `#${index} ${operation.name}: ${result.kill} → ${
          result.killed
            ? `killed at ${result.killedAtMs} ms, ${result.landed ?? 'before any step'}`
            : 'finished'
        }, ${result.stepsReported} steps reported${result.findings
          .map((f) => `\n    ${f.kind}: ${f.message}`)
          .join('')}`,
      )
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
    rmSync(script, { force: true })
  }
  return summarise(options.seed, files, results, performance.now() - started)
}

function summarise(
  seed: number,
  files: number,
  results: TrialResult[],
  durationMs: number,
): CrashRunSummary {
  const byOperation: Record<string, OperationCounts> = {}
  for (const op of OPERATIONS)
    byOperation[op.name] = { trials: 0, kills: 0, finished: 0, findings: 0 }
  const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<FindingKind, number>
  for (const r of results) {
    const c = byOperation[r.operation]!
    c.trials += 1
    c.kills += r.killed ? 1 : 0
    c.finished += r.killed ? 0 : 1
    c.findings += r.findings.length
    for (const f of r.findings) counts[f.kind] += 1
  }
  return {
    trials: results.length,
    kills: results.filter((r) => r.killed).length,
    seed,
    files,
    byOperation,
    counts,
    keyringRepairs: results.filter((r) => r.keyringRepair !== null).length,
    leftovers: results.reduce((n, r) => n + r.leftovers.length, 0),
    durationMs: Math.round(durationMs),
    results,
  }
}
