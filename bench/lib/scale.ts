/**
 * How big a run is. `small` is for tests and quick checks (seconds); `full` is the real measurement.
 * Each suite chooses its own sizes for each scale with `byScale`.
 */
export const SCALES = ['small', 'full'] as const
export type Scale = (typeof SCALES)[number]

/** Reads `BENCH_SCALE`: unset or empty means `full`; anything else unknown is refused. */
export function scaleFrom(value: string | undefined): Scale {
  if (value === undefined || value === '') return 'full'
  const scale = SCALES.find((s) => s === value.trim().toLowerCase())
  if (!scale) throw new Error(`BENCH_SCALE must be one of ${SCALES.join(', ')}, not "${value}".`)
  return scale
}

/** Picks this scale's settings from a table with one entry per scale. */
export function byScale<T>(scale: Scale, table: Readonly<Record<Scale, T>>): T {
  return table[scale]
}
