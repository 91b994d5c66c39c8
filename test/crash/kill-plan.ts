import type { CrashOperation } from './crash-operation'
import type { OperationName, Target } from './crash-types'

/**
 * When each child is killed, drawn from a seeded generator so a run can be repeated. About half the
 * kills are timed from the moment the operation starts, spread evenly over its start, middle and end
 * (as a fraction of how long it took when last left to finish); the rest go to the operation's
 * targets in turn: held still just before or after a rename or a COMMIT, or part-way through a long
 * step (VACUUM INTO, the rekey, an argon2 derivation). One trial in twenty is left to finish.
 */
export type KillPlan =
  | {
      readonly kind: 'timed'
      readonly bucket: 'start' | 'middle' | 'end'
      readonly fraction: number
    }
  | { readonly kind: 'target'; readonly target: Target; readonly fraction: number }
  | { readonly kind: 'none' }

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0 || 1
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const BUCKETS = {
  start: [0, 0.15],
  middle: [0.15, 0.85],
  end: [0.85, 1.05],
} as const

/** The operation and kill for each trial: operations in shuffled rounds, each target in turn. */
export function planTrials(
  operations: readonly CrashOperation[],
  trials: number,
  seed: number,
): { operation: CrashOperation; kill: KillPlan }[] {
  const random = seededRandom(seed)
  const targetQueues = new Map<OperationName, Target[]>()
  const nextTarget = (op: CrashOperation): Target => {
    let queue = targetQueues.get(op.name)
    if (!queue || queue.length === 0) {
      queue = shuffled(op.targets, random)
      targetQueues.set(op.name, queue)
    }
    return queue.shift()!
  }
  const plan: { operation: CrashOperation; kill: KillPlan }[] = []
  let round: CrashOperation[] = []
  for (let i = 0; i < trials; i++) {
    if (round.length === 0) round = shuffled(operations, random)
    const operation = round.shift()!
    const r = random()
    let kill: KillPlan
    if (r < 0.05) kill = { kind: 'none' }
    else if (r < 0.5) {
      const bucket = (['start', 'middle', 'end'] as const)[Math.floor(random() * 3)]!
      const [low, high] = BUCKETS[bucket]
      kill = { kind: 'timed', bucket, fraction: low + random() * (high - low) }
    } else kill = { kind: 'target', target: nextTarget(operation), fraction: random() }
    plan.push({ operation, kill })
  }
  return plan
}

export function describeKill(kill: KillPlan): string {
  if (kill.kind === 'none') return 'left to finish'
  if (kill.kind === 'timed') return `timed, ${kill.bucket} (${Math.round(kill.fraction * 100)}%)`
  const { probe, nth, when } = kill.target
  return `${when} ${probe} #${nth}`
}
