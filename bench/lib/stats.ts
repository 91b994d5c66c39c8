/**
 * Summary statistics for timing samples. Every benchmark reports the same `Stats` shape so the JSON
 * stays uniform and the printer can format any suite's results without knowing about it.
 */

/** A summary of repeated measurements, all in milliseconds. */
export interface Stats {
  /** How many timed samples (warm-up runs are not counted). */
  readonly samples: number
  readonly medianMs: number
  /** Nearest-rank 95th percentile: with fewer than 20 samples it is the largest sample. */
  readonly p95Ms: number
  readonly minMs: number
  readonly maxMs: number
}

/** Two variants of the same work measured in the same run, e.g. encrypted against plain. */
export interface Comparison {
  readonly [variant: string]: Stats | number
  /** median(first variant) / median(second variant). */
  readonly medianRatio: number
  /**
   * The median of per-round ratios (first / second), for variants run in pairs. Less sensitive to a
   * shared machine getting busier or quieter during the run than `medianRatio`.
   */
  readonly pairedMedianRatio: number
}

function sorted(values: readonly number[]): number[] {
  if (values.length === 0) throw new Error('No samples to summarise.')
  for (const value of values) {
    if (!Number.isFinite(value)) throw new Error(`A sample is not a finite number: ${value}`)
  }
  return [...values].sort((a, b) => a - b)
}

/** The median (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const s = sorted(values)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Nearest-rank percentile, `p` in (0, 100]: the smallest sample with at least p% at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new Error(`A percentile is in (0, 100], not ${p}.`)
  const s = sorted(values)
  return s[Math.ceil((p / 100) * s.length) - 1]!
}

/** Rounds to microseconds: the JSON stays readable and no precision that matters is lost. */
export function roundMs(ms: number): number {
  return Math.round(ms * 1000) / 1000
}

/** Rounds a ratio to three decimals. */
export function roundRatio(ratio: number): number {
  return Math.round(ratio * 1000) / 1000
}

export function summarise(samplesMs: readonly number[]): Stats {
  const s = sorted(samplesMs)
  return {
    samples: s.length,
    medianMs: roundMs(median(s)),
    p95Ms: roundMs(percentile(s, 95)),
    minMs: roundMs(s[0]!),
    maxMs: roundMs(s[s.length - 1]!),
  }
}

/**
 * Compares two variants measured in pairs (sample i of `first` ran next to sample i of `second`).
 * The result holds each variant's `Stats` under its name, plus the two ratios first / second.
 */
export function compare(
  first: { readonly name: string; readonly samplesMs: readonly number[] },
  second: { readonly name: string; readonly samplesMs: readonly number[] },
): Comparison {
  if (first.samplesMs.length !== second.samplesMs.length) {
    throw new Error(`${first.name} and ${second.name} need the same number of samples to pair.`)
  }
  const a = summarise(first.samplesMs)
  const b = summarise(second.samplesMs)
  const paired = first.samplesMs.map((ms, i) => ms / second.samplesMs[i]!)
  return {
    [first.name]: a,
    [second.name]: b,
    medianRatio: roundRatio(median(first.samplesMs) / median(second.samplesMs)),
    pairedMedianRatio: roundRatio(median(paired)),
  }
}

export function isStats(value: unknown): value is Stats {
  return (
    typeof value === 'object' &&
    value !== null &&
    'medianMs' in value &&
    'p95Ms' in value &&
    'samples' in value
  )
}
