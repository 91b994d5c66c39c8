import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

/** Running `npm run bench`'s entry point in a child process, and reading what it writes. */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const STATS_KEYS = ['maxMs', 'medianMs', 'minMs', 'p95Ms', 'samples']

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

export interface Run {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

/** `tsx bench/run-bench.ts ARGS` with extra environment; resolves when it exits. */
export function runBenchCli(args: readonly string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ['bench/run-bench.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

/** The value at a dotted path; throws naming the missing key. */
export function at(value: Json, path: string): Json {
  let current: Json = value
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) {
      throw new Error(`${path}: ${key} is not inside an object`)
    }
    const next: Json | undefined = current[key]
    if (next === undefined) throw new Error(`${path}: missing ${key}`)
    current = next
  }
  return current
}

/** Every number in the document, with its path. */
export function numbers(value: Json, path = ''): { path: string; value: number }[] {
  if (typeof value === 'number') return [{ path, value }]
  if (typeof value !== 'object' || value === null) return []
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i), v] as const)
    : Object.entries(value)
  return entries.flatMap(([k, v]) => numbers(v, path ? `${path}.${k}` : k))
}

export function keysOf(value: Json): string[] | Json {
  return typeof value === 'object' && value !== null ? Object.keys(value).sort() : value
}

/** A summary of timings: samples, median, p95, min and max, nothing else. */
export function expectStats(value: Json): void {
  expect(keysOf(value)).toEqual(STATS_KEYS)
}

/** Two labelled summaries and both ratios between them. */
export function expectComparison(value: Json, first: string, second: string): void {
  expect(keysOf(value)).toEqual([first, second, 'medianRatio', 'pairedMedianRatio'].sort())
  expectStats(at(value, first))
  expectStats(at(value, second))
}

/** One small-scale run of the bench in a temp folder of its own, and what it wrote. */
export interface SmallRun {
  readonly run: Run
  /** The results file's document, or null when none was written. */
  readonly report: Json
  readonly resultsFile: string
  /** Temp folders the bench left behind (it should leave none). */
  leftoverTempFolders(): string[]
  cleanup(): void
}

/** `npm run bench -- ARGS` at BENCH_SCALE=small, with its own results file and TMPDIR. */
export async function runSmallScale(args: readonly string[]): Promise<SmallRun> {
  const work = mkdtempSync(join(tmpdir(), 'casebook-bench-test-'))
  const benchTemp = join(work, 'tmp')
  mkdirSync(benchTemp)
  const resultsFile = join(work, 'results', 'latest.json')
  const run = await runBenchCli(args, {
    BENCH_SCALE: 'small',
    BENCH_RESULTS_FILE: resultsFile,
    TMPDIR: benchTemp,
  })
  const report = existsSync(resultsFile)
    ? (JSON.parse(readFileSync(resultsFile, 'utf8')) as Json)
    : null
  return {
    run,
    report,
    resultsFile,
    leftoverTempFolders: () =>
      readdirSync(benchTemp).filter((name) => name.startsWith('casebook-bench-')),
    cleanup: () => rmSync(work, { recursive: true, force: true }),
  }
}
