import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { ErrorCodes } from '../../src/shared/error-codes'
import { type CorpusFile, corpusFile, corpusPlan } from './corpus'
import type { CallOutcome, ChildReport } from './import-child'

/**
 * Runs the hostile corpus through the importer, one child process per file (so a crash, a hang or
 * a memory blow-up is that file's alone, and measured): see import-child.ts for what each child
 * does. Used by test/hostile/hostile-files.test.ts (a small corpus in `npm test`) and by
 * `npm run test:hostile -- --files 1000` (run-hostile.ts).
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The stated ceiling on a child's peak memory, importing any one file. */
export const MEMORY_CEILING_BYTES = 300 * 1024 * 1024

export interface HostileRunOptions {
  readonly files: number
  readonly seed: number
  /** Children at once. */
  readonly concurrency: number
  /** A child still running after this is killed and counted as a hang. */
  readonly timeoutMs: number
  readonly memoryCeilingBytes?: number
  /** One line per file, as it finishes. */
  log?(line: string): void
}

export type Verdict =
  'accepted' | 'refused' | 'crash' | 'hang' | 'partial' | 'over-memory' | 'unexpected'

export interface FileResult {
  readonly index: number
  readonly kind: string
  readonly name: string
  readonly sizeBytes: number
  readonly verdict: Verdict
  /** Why, for any verdict but accepted and refused. */
  readonly detail?: string
  readonly report?: ChildReport
  readonly wallMs: number
}

export interface HostileRunSummary {
  readonly files: number
  readonly seed: number
  readonly kinds: Record<string, number>
  readonly accepted: number
  readonly refused: number
  readonly crashes: number
  readonly hangs: number
  readonly partialImports: number
  readonly overMemory: number
  readonly unexpected: number
  /** Preview outcomes by code ('ok' when previewed). */
  readonly previewOutcomes: Record<string, number>
  readonly peakRssBytes: number
  readonly peakRssFile: string
  readonly slowestMs: number
  readonly slowestFile: string
  readonly memoryCeilingBytes: number
  readonly durationMs: number
  readonly results: readonly FileResult[]
}

/** Codes a refusal may carry: any stable code but INTERNAL (a thrown bug) and HOST.UNAVAILABLE. */
const KNOWN_CODES: ReadonlySet<string> = new Set(
  Object.values(ErrorCodes).filter((c) => c !== 'INTERNAL' && c !== 'HOST.UNAVAILABLE'),
)

/** Bundles the child once (esbuild, node_modules left external), so each child starts in under a second. */
async function buildChild(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'casebook-hostile')
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, `import-child-${process.pid}.mjs`)
  await build({
    entryPoints: [join(ROOT, 'test', 'hostile', 'import-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  })
  return outfile
}

interface ChildRun {
  readonly code: number | null
  readonly timedOut: boolean
  readonly stdout: string
  readonly stderr: string
  readonly wallMs: number
}

function runChild(
  script: string,
  path: string,
  name: string,
  timeoutMs: number,
  tempDir: string,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [script, path, name], {
      cwd: ROOT,
      // Its organisation goes in the run's folder, so a child killed as a hang leaves nothing behind.
      env: { ...process.env, TMPDIR: tempDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, timedOut, stdout, stderr, wallMs: Math.round(performance.now() - started) })
    })
  })
}

function callProblem(what: string, call: CallOutcome | undefined): string | null {
  if (!call || call.ok) return null
  if (!call.code || !KNOWN_CODES.has(call.code))
    return `${what} failed with ${call.code ?? 'no code'}: ${call.message}`
  return null
}

/** Checks a child's report: no crash, nothing partly stored, memory under the ceiling, as expected. */
function judge(
  file: CorpusFile,
  run: ChildRun,
  ceiling: number,
): Omit<FileResult, 'index' | 'kind' | 'name' | 'sizeBytes' | 'wallMs'> {
  if (run.timedOut) return { verdict: 'hang', detail: `killed after ${run.wallMs} ms` }
  const line = run.stdout.trim().split('\n').pop() ?? ''
  let report: ChildReport
  try {
    report = JSON.parse(line) as ChildReport
  } catch {
    return { verdict: 'crash', detail: `exit ${run.code}, no report: ${run.stderr.slice(-2000)}` }
  }
  if (run.code !== 0) return { verdict: 'crash', detail: `exit ${run.code}`, report }
  const crash =
    callProblem('preview', report.preview) ??
    callProblem('commit', report.commit) ??
    callProblem('commit of the ready rows', report.commitReady)
  if (crash) return { verdict: 'crash', detail: crash, report }

  const { commit, commitReady } = report
  const storedByCommit = report.peopleAfterCommit - report.peopleBefore
  const storedByReady = report.peopleAfter - report.peopleAfterCommit
  if (
    storedByCommit !== (commit.ok ? (commit.imported ?? -1) : 0) ||
    (commit.ok && storedByCommit === 0)
  ) {
    return {
      verdict: 'partial',
      detail: `commit ${commit.ok ? 'accepted' : 'refused'}, ${storedByCommit} people stored`,
      report,
    }
  }
  if (storedByReady !== (commitReady?.ok ? (commitReady.imported ?? -1) : 0)) {
    return { verdict: 'partial', detail: `second commit stored ${storedByReady} people`, report }
  }
  if (report.maxRssBytes > ceiling) {
    return {
      verdict: 'over-memory',
      detail: `${Math.round(report.maxRssBytes / 1048576)} MB`,
      report,
    }
  }
  const previewed = report.preview.ok ? 'ok' : report.preview.code!
  if (file.expect && !file.expect.includes(previewed as never)) {
    return {
      verdict: 'unexpected',
      detail: `preview answered ${previewed}, expected ${file.expect.join(' or ')}`,
      report,
    }
  }
  if (!report.preview.ok && (commit.ok || commit.code !== report.preview.code)) {
    return {
      verdict: 'unexpected',
      detail: `preview refused with ${report.preview.code}, commit answered ${commit.code ?? 'ok'}`,
      report,
    }
  }
  return { verdict: commit.ok || commitReady?.ok ? 'accepted' : 'refused', report }
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1
  return counts
}

/** Runs `files` corpus files from `seed`; never throws for a bad file, only for a broken harness. */
export async function runHostileCorpus(options: HostileRunOptions): Promise<HostileRunSummary> {
  const started = performance.now()
  const ceiling = options.memoryCeilingBytes ?? MEMORY_CEILING_BYTES
  const script = await buildChild()
  const work = mkdtempSync(join(tmpdir(), 'casebook-hostile-'))
  const plan = corpusPlan(options.seed, options.files)
  const results: FileResult[] = []
  let next = 0
  async function worker(): Promise<void> {
    while (next < plan.length) {
      const index = next++
      const file = await corpusFile(options.seed, index, plan[index]!)
      const path = join(work, `file-${index}`)
      writeFileSync(path, file.bytes)
      const run = await runChild(script, path, file.name, options.timeoutMs, work)
      rmSync(path, { force: true })
      const result: FileResult = {
        index,
        kind: file.kind,
        name: file.name,
        sizeBytes: file.bytes.length,
        wallMs: run.wallMs,
        ...judge(file, run, ceiling),
      }
      results.push(result)
      const rss = result.report ? `${Math.round(result.report.maxRssBytes / 1048576)} MB` : '-'
      const preview = result.report
        ? result.report.preview.ok
          ? 'ok'
          : result.report.preview.code
        : '-'
      options.log?.(
        `#${index} ${file.kind} (${file.name}, ${file.bytes.length} B): ${result.verdict} [preview ${preview}] ${run.wallMs} ms, ${rss}${result.detail ? ` — ${result.detail}` : ''}`,
      )
    }
  }
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, () => worker()))
  } finally {
    rmSync(work, { recursive: true, force: true })
    rmSync(script, { force: true })
  }
  results.sort((a, b) => a.index - b.index)
  const peak = results.reduce<FileResult | null>(
    (best, r) => ((r.report?.maxRssBytes ?? 0) > (best?.report?.maxRssBytes ?? 0) ? r : best),
    null,
  )
  const slowest = results.reduce<FileResult | null>(
    (best, r) => (r.wallMs > (best?.wallMs ?? -1) ? r : best),
    null,
  )
  const verdicts = countBy(results, (r) => r.verdict)
  return {
    files: results.length,
    seed: options.seed,
    kinds: countBy(results, (r) => r.kind),
    accepted: verdicts.accepted ?? 0,
    refused: verdicts.refused ?? 0,
    crashes: verdicts.crash ?? 0,
    hangs: verdicts.hang ?? 0,
    partialImports: verdicts.partial ?? 0,
    overMemory: verdicts['over-memory'] ?? 0,
    unexpected: verdicts.unexpected ?? 0,
    previewOutcomes: countBy(
      results.filter((r) => r.report),
      (r) => (r.report!.preview.ok ? 'ok' : r.report!.preview.code!),
    ),
    peakRssBytes: peak?.report?.maxRssBytes ?? 0,
    peakRssFile: peak ? `#${peak.index} ${peak.kind}` : '',
    slowestMs: slowest?.wallMs ?? 0,
    slowestFile: slowest ? `#${slowest.index} ${slowest.kind}` : '',
    memoryCeilingBytes: ceiling,
    durationMs: Math.round(performance.now() - started),
    results,
  }
}
