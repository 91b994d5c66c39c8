import type { OpenFile, FileState } from './crash-file'
import type { CommittedStep, Finding, OperationName, Target } from './crash-types'

/** One operation as the parent sees it: fixtures before, and what to check after. */
export interface Prepared {
  readonly signIn: { readonly username: string; readonly password: string }
  readonly params: Record<string, unknown>
  /**
   * Checks the file, opened again after the child has gone, against the steps it reported
   * committed: everything reported is there, and what was not reported is all there or not at all.
   */
  verify(file: OpenFile, steps: readonly CommittedStep[]): Promise<Finding[]>
}

export interface CrashOperation {
  readonly name: OperationName
  /** Where a kill is most telling: the renames, COMMITs and long native steps this operation makes. */
  readonly targets: readonly Target[]
  /** Roughly how long the operation runs (ms), the first guess for timed kills until measured. */
  readonly typicalMs: number
  /** After this operation, every login is signed in with the password it should have. */
  readonly sweepsLogins?: boolean
  /** Makes the fixtures in the open file (as the administrator) and the child's inputs. */
  prepare(file: OpenFile, state: FileState): Promise<Prepared>
}

export const lost = (message: string): Finding => ({ kind: 'lost', message })
export const partial = (message: string): Finding => ({ kind: 'partial', message })
export const unaudited = (message: string): Finding => ({ kind: 'unaudited', message })

export function reported(steps: readonly CommittedStep[], route: string): CommittedStep[] {
  return steps.filter((s) => s.route === route)
}

/** Pause points before and after the first `n` runs of a probe. */
export function aroundEach(probe: Target['probe'], n: number): Target[] {
  return Array.from({ length: n }, (_, i) => [
    { probe, nth: i + 1, when: 'before' as const },
    { probe, nth: i + 1, when: 'after' as const },
  ]).flat()
}
