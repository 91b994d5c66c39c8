import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, platform, arch, totalmem } from 'node:os'
import { dirname } from 'node:path'
import type { Scale } from './scale'
import type { SuiteResult } from './suite'

/** Names this JSON layout; raise it when the layout changes incompatibly. */
export const REPORT_SHAPE = 'casebook-bench/1'

export interface MachineInfo {
  /** `process.version`, e.g. "v20.20.2". */
  readonly node: string
  /** Logical CPUs. */
  readonly cpus: number
  readonly cpuModel: string
  /** `process.platform`, e.g. "linux". */
  readonly platform: string
  readonly arch: string
  readonly totalMemoryBytes: number
  /** 1, 5 and 15 minute load averages when the run started (text: a quiet machine reads 0). */
  readonly loadAverageAtStart: string
}

export interface BenchReport {
  readonly shape: typeof REPORT_SHAPE
  readonly machine: MachineInfo
  readonly scale: Scale
  /** ISO 8601. */
  readonly startedAt: string
  readonly finishedAt: string
  /** Wall-clock time of the whole run, set-up included. */
  readonly durationMs: number
  /** The suites that ran, in order: the keys of `results`. */
  readonly suites: readonly string[]
  readonly results: Readonly<Record<string, SuiteResult>>
}

export function loadAverageText(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')
}

export function machineInfo(): MachineInfo {
  const list = cpus()
  return {
    node: process.version,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    platform: platform(),
    arch: arch(),
    totalMemoryBytes: totalmem(),
    loadAverageAtStart: loadAverageText(),
  }
}

/** Writes the report as pretty JSON, via a temp file and a rename so a reader never sees half. */
export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  writeFileSync(temp, `${JSON.stringify(report, null, 2)}\n`)
  renameSync(temp, file)
}
