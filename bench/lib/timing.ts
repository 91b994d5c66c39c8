import { performance } from 'node:perf_hooks'
import { type Stats, summarise } from './stats'

/**
 * Timing helpers. Time with `Recorder`: it keeps every sample of each named part, and `summary()`
 * turns them into `Stats`. `repeat()` runs warm-up rounds (recorded into a throwaway recorder)
 * and then the timed rounds.
 */

/** Milliseconds on a monotonic, sub-millisecond clock. */
export function nowMs(): number {
  return performance.now()
}

export class Recorder {
  private readonly byName = new Map<string, number[]>()

  /** Adds a sample measured elsewhere. */
  add(name: string, ms: number): void {
    const list = this.byName.get(name)
    if (list) list.push(ms)
    else this.byName.set(name, [ms])
  }

  /** Runs `fn`, records how long it took under `name`, and returns its result. */
  time<T>(name: string, fn: () => T): T {
    const start = nowMs()
    const value = fn()
    this.add(name, nowMs() - start)
    return value
  }

  /** Like `time`, for async work: the sample ends when the promise settles. */
  async timeAsync<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const start = nowMs()
    const value = await fn()
    this.add(name, nowMs() - start)
    return value
  }

  /** The raw samples for `name`, in the order they were taken (for pairing). */
  samples(name: string): readonly number[] {
    const list = this.byName.get(name)
    if (!list) throw new Error(`Nothing was recorded as "${name}".`)
    return list
  }

  names(): readonly string[] {
    return [...this.byName.keys()]
  }

  /** `Stats` for every recorded name, in the order the names were first recorded. */
  summary(): Record<string, Stats> {
    return Object.fromEntries([...this.byName].map(([name, list]) => [name, summarise(list)]))
  }
}

export interface RepeatOptions {
  /** Untimed rounds first, to load code, fill caches and let the JIT settle. */
  readonly warmup: number
  /** Timed rounds. */
  readonly rounds: number
}

export interface Round {
  /** 0-based index of a timed round; warm-up rounds count down from -1. Use it to seed inputs. */
  readonly index: number
  readonly isWarmup: boolean
  /** Record into this: warm-up rounds get a recorder that is thrown away. */
  readonly recorder: Recorder
}

/** Runs `body` for each warm-up round and then each timed round, one after another. */
export async function repeat(
  options: RepeatOptions,
  body: (round: Round) => void | Promise<void>,
): Promise<Recorder> {
  const recorder = new Recorder()
  for (let w = 0; w < options.warmup; w++) {
    await body({ index: -1 - w, isWarmup: true, recorder: new Recorder() })
  }
  for (let index = 0; index < options.rounds; index++) {
    await body({ index, isWarmup: false, recorder })
  }
  return recorder
}

/**
 * Runs each variant once per round, alternating which goes first, so a shared machine that gets
 * busier or quieter during a run affects every variant alike. Pair the results with `compare()`.
 */
export function alternate<T>(round: number, variants: readonly T[]): readonly T[] {
  return round % 2 === 0 ? variants : [...variants].reverse()
}
