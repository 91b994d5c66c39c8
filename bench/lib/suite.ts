import type { Scale } from './scale'

/**
 * A benchmark suite: one file in bench/suites, listed in bench/suites/index.ts. Its result object
 * is stored under `results.<name>` in the JSON report and printed by the generic printer, so
 * follow the conventions in bench/README.md (timings as `Stats`, comparisons from `compare()`,
 * numbers named with a unit suffix: `Ms`, `Bytes`, `Ratio`, `Count`).
 */
export interface BenchSuite {
  /** The key under `results`, and a name that selects it: `npm run bench -- <name>`. */
  readonly name: string
  /** More names that select it, e.g. `foundation` for the foundation's suites. */
  readonly groups: readonly string[]
  /** One line, printed above its results. */
  readonly description: string
  run(context: SuiteContext): Promise<SuiteResult>
}

/** JSON-serialisable results: numbers must be finite and positive (tests check this). */
export type SuiteResult = Readonly<Record<string, unknown>>

export interface SuiteContext {
  readonly scale: Scale
  /** Progress messages (to stderr). Results go in the returned object, not here. */
  log(message: string): void
  /** A fresh temp folder for `fn`, removed afterwards (also on failure or Ctrl-C). */
  withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T>
}
