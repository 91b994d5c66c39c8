import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { ChildLine, ChildSpec, CommittedStep } from './crash-types'
import type { KillPlan } from './kill-plan'

/**
 * Starts one crash child and kills it with SIGKILL as its kill plan says: timed from `ready`, on a
 * `paused` line (held still before or after a step), or part-way through a long step measured from
 * the line naming its start. Reads every line the child managed to write.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Bundles the child once (esbuild, node_modules left external), so each child starts quickly. */
export async function buildChild(): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'casebook-crash')
  mkdirSync(dir, { recursive: true })
  const outfile = join(dir, `crash-child-${process.pid}.mjs`)
  await build({
    entryPoints: [join(ROOT, 'test', 'crash', 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'silent',
  })
  return outfile
}

/** How long steps took when left to finish, to aim the next kills (per operation). */
export interface Timings {
  /** From `ready` to `done`. */
  readonly operationMs: Map<string, number>
  /** From a probe's start to its end, by `operation probe#nth`. */
  readonly stepMs: Map<string, number>
}

export interface ChildOutcome {
  readonly killed: boolean
  /** Milliseconds after `ready` when the kill was sent. */
  readonly killedAtMs: number | null
  /** The last thing the child said it was doing before the kill (a probe, a progress label). */
  readonly landed: string | null
  readonly steps: CommittedStep[]
  readonly refused: { route: string; code: string; message: string }[]
  readonly isDone: boolean
  readonly exitCode: number | null
  readonly hung: boolean
  readonly stderr: string
}

export function runChild(
  script: string,
  spec: ChildSpec,
  kill: KillPlan,
  timings: Timings,
  env: { tempDir: string; timeoutMs: number },
): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(spec)], {
      cwd: ROOT,
      env: { ...process.env, TMPDIR: env.tempDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const steps: CommittedStep[] = []
    const refused: ChildOutcome['refused'] = []
    const started = new Map<string, number>()
    let readyAt: number | null = null
    let killedAt: number | null = null
    let landed: string | null = null
    let isDone = false
    let hung = false
    let stderr = ''
    let buffered = ''
    const timers: NodeJS.Timeout[] = []
    const killNow = () => {
      if (killedAt !== null || child.exitCode !== null) return
      killedAt = performance.now()
      child.kill('SIGKILL')
    }
    const killAfter = (ms: number) => timers.push(setTimeout(killNow, Math.max(0, ms)))
    timers.push(
      setTimeout(() => {
        hung = killedAt === null
        killNow()
      }, env.timeoutMs),
    )
    // Lines read after the kill was sent were still written before the child died: all count.
    const onLine = (line: ChildLine) => {
      switch (line.kind) {
        case 'ready':
          readyAt = performance.now()
          if (kill.kind === 'timed') {
            const expected = timings.operationMs.get(spec.operation) ?? 100
            killAfter(kill.fraction * expected)
          }
          return
        case 'step':
          steps.push(line.step)
          landed = `after ${line.step.route} answered`
          return
        case 'refused':
          refused.push(line)
          return
        case 'progress':
          landed = `progress: ${line.label}`
          return
        case 'probe': {
          const key = `${spec.operation} ${line.probe}#${line.nth}`
          landed = `${line.phase === 'start' ? 'during' : 'after'} ${line.probe} #${line.nth}`
          if (line.phase === 'start') {
            started.set(key, line.t)
            const target = kill.kind === 'target' ? kill.target : null
            if (
              target?.when === 'within' &&
              target.probe === line.probe &&
              target.nth === line.nth
            ) {
              killAfter(kill.kind === 'target' ? kill.fraction * (timings.stepMs.get(key) ?? 5) : 0)
            }
          } else {
            timings.stepMs.set(key, line.t - (started.get(key) ?? line.t))
          }
          return
        }
        case 'paused':
          landed = `held ${line.when} ${line.probe} #${line.nth}`
          killNow()
          return
        case 'done':
          isDone = true
          timings.operationMs.set(spec.operation, line.t)
      }
    }
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString()
      let newline: number
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const text = buffered.slice(0, newline)
        buffered = buffered.slice(newline + 1)
        if (text.trim()) onLine(JSON.parse(text) as ChildLine)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (exitCode) => {
      for (const timer of timers) clearTimeout(timer)
      resolve({
        killed: killedAt !== null,
        killedAtMs: killedAt !== null && readyAt !== null ? Math.round(killedAt - readyAt) : null,
        landed,
        steps,
        refused,
        isDone,
        exitCode,
        hung,
        stderr,
      })
    })
  })
}
