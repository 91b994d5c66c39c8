import type { PausePoint, ProbeName } from './crash-probes'

/** The operations the crash child runs, one per child, each through the router. */
export const OPERATION_NAMES = [
  'imports.commit',
  'seed.run',
  'backup.create',
  'db.rotateKey',
  'users.add',
  'users.disable',
  'auth.changePassword',
  'plans',
  'people.create',
] as const
export type OperationName = (typeof OPERATION_NAMES)[number]

/** What the parent tells a child (one JSON argument). */
export interface ChildSpec {
  readonly dataFile: string
  readonly operation: OperationName
  readonly signIn: { readonly username: string; readonly password: string }
  /** The operation's own inputs, made by the parent with its fixtures. */
  readonly params: Record<string, unknown>
  readonly pause: PausePoint | null
}

/**
 * One committed step, as the child reports it once its route has answered ok: `route` and what the
 * parent needs to find it again (a person's reference, a username, a backup's file).
 */
export interface CommittedStep {
  readonly route: string
  readonly [key: string]: unknown
}

/**
 * Every line the child writes on stdout. `ready`: signed in, the operation starts now. `step`: a
 * route answered ok (so its change is committed). `refused`: a route answered with a refusal (no kill
 * was involved: a bug, or a fixture the parent got wrong). `done`: finished and closed the file.
 */
export type ChildLine =
  | { kind: 'ready'; t: number }
  | { kind: 'step'; step: CommittedStep; t: number }
  | { kind: 'refused'; route: string; code: string; message: string; t: number }
  | { kind: 'progress'; label: string; t: number }
  | { kind: 'probe'; probe: string; nth: number; phase: 'start' | 'end'; t: number }
  | { kind: 'paused'; probe: string; nth: number; when: 'before' | 'after'; t: number }
  | { kind: 'done'; t: number }

/** What a trial found wrong with the file; each kind is one of the harness's counts. */
export type FindingKind =
  | 'corrupt'
  | 'partial'
  | 'lost'
  | 'keyring'
  | 'audit'
  | 'stray'
  | 'unaudited'
  | 'unrecorded'
  | 'error'

export interface Finding {
  readonly kind: FindingKind
  readonly message: string
}

/**
 * A step worth killing at: held still just before or just after the nth run of a probe (a rename,
 * a COMMIT), or killed part-way through a long one (VACUUM INTO, the rekey, an argon2 derivation).
 */
export interface Target {
  readonly probe: ProbeName
  readonly nth: number
  readonly when: 'before' | 'after' | 'within'
}
