import type { BenchReport } from './report'
import { type Comparison, isStats, type Stats } from './stats'
import type { BenchSuite } from './suite'

/**
 * Turns a report into readable lines without knowing any suite: `Stats` print as one line,
 * `compare()` results as one line with their ratio, other numbers by their name's unit suffix
 * (`…Ms`, `…Bytes`, `…Ratio`), objects as indented groups, and `parameters` as one compact line.
 */

export function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(2)} s`
  if (ms >= 100) return `${ms.toFixed(0)} ms`
  if (ms >= 10) return `${ms.toFixed(1)} ms`
  return `${ms.toFixed(2)} ms`
}

function formatStats(stats: Stats): string {
  return `median ${formatMs(stats.medianMs)}, p95 ${formatMs(stats.p95Ms)} (n=${stats.samples})`
}

function isComparison(value: unknown): value is Comparison {
  return typeof value === 'object' && value !== null && 'medianRatio' in value
}

function formatComparison(value: Comparison): string {
  const variants = Object.entries(value)
    .filter((entry): entry is [string, Stats] => isStats(entry[1]))
    .map(
      ([name, stats]) =>
        `${name} ${formatMs(stats.medianMs)} (p95 ${formatMs(stats.p95Ms)}, n=${stats.samples})`,
    )
  const names = Object.keys(value).filter((k) => isStats(value[k]))
  return (
    `${variants.join(' | ')} | ${names.join('/')} ×${value.medianRatio.toFixed(2)}` +
    ` (paired ×${value.pairedMedianRatio.toFixed(2)})`
  )
}

function formatNumber(key: string, value: number): string {
  if (key.endsWith('Ms')) return formatMs(value)
  if (key.endsWith('Bytes')) return `${(value / 1024 / 1024).toFixed(1)} MiB`
  if (key.endsWith('Ratio')) return `×${value.toFixed(2)}`
  return Number.isInteger(value) ? value.toLocaleString('en-GB') : value.toFixed(3)
}

function formatLeaf(key: string, value: unknown): string {
  return typeof value === 'number' ? formatNumber(key, value) : JSON.stringify(value)
}

function formatValue(key: string, value: unknown, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth)
  if (key === 'parameters' && typeof value === 'object' && value !== null) {
    out.push(`${pad}parameters: ${JSON.stringify(value)}`)
  } else if (isStats(value)) {
    out.push(`${pad}${key}: ${formatStats(value)}`)
  } else if (isComparison(value)) {
    out.push(`${pad}${key}: ${formatComparison(value)}`)
  } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    out.push(`${pad}${key}:`)
    for (const [k, v] of Object.entries(value)) formatValue(k, v, depth + 1, out)
  } else {
    out.push(`${pad}${key}: ${formatLeaf(key, value)}`)
  }
}

export function formatReport(report: BenchReport, suites: readonly BenchSuite[]): string[] {
  const { machine } = report
  const out = [
    `Casebook benchmarks: scale ${report.scale}, started ${report.startedAt}, took ${formatMs(report.durationMs)}`,
    `Node ${machine.node} on ${machine.platform}/${machine.arch}, ${machine.cpus} × ${machine.cpuModel}, ` +
      `load average at start ${machine.loadAverageAtStart}`,
    'Times are medians (p95 = nearest-rank 95th percentile) over repeated runs in this process.',
  ]
  for (const name of report.suites) {
    const suite = suites.find((s) => s.name === name)
    out.push('', `== ${name}${suite ? `: ${suite.description}` : ''}`)
    for (const [k, v] of Object.entries(report.results[name] ?? {})) formatValue(k, v, 1, out)
  }
  return out
}
