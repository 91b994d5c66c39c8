import { SeededRandom } from '../../bench/lib/random'
import type { ErrorCode } from '../../src/shared/error-codes'
import { TEXT_KINDS } from './corpus-text-kinds'
import { ZIP_KINDS } from './corpus-zip-kinds'

/**
 * The hostile-files corpus: files no one should be able to hurt the importer with, made from a
 * seed, so a run can be repeated file for file (`corpusFile(seed, index)` is always the same bytes).
 * Importers that read untrusted files (people now, bank statements next) run every file through
 * their routes in test/hostile; add kinds for a new format beside these.
 */

/** What a preview of a kind's file may answer: 'ok', or a refusal with one of these codes. */
export type PreviewOutcome = 'ok' | ErrorCode

export interface MadeFile {
  /** The name it is uploaded as (its extension decides how it is read). */
  readonly name: string
  readonly bytes: Buffer
}

export interface CorpusKind {
  readonly name: string
  /** How often it is drawn after every kind has had its turn; heavy kinds weigh 1. */
  readonly weight: number
  /** When set, the preview must answer one of these (otherwise anything but a crash will do). */
  readonly expect?: readonly PreviewOutcome[]
  make(random: SeededRandom): MadeFile | Promise<MadeFile>
}

export interface CorpusFile extends MadeFile {
  readonly index: number
  readonly kind: string
  readonly expect?: readonly PreviewOutcome[]
}

export const KINDS: readonly CorpusKind[] = [...TEXT_KINDS, ...ZIP_KINDS]

function kindByName(name: string): CorpusKind {
  const kind = KINDS.find((k) => k.name === name)
  if (!kind) throw new Error(`No corpus kind "${name}".`)
  return kind
}

/**
 * Which kind each of `count` files is: every kind once first (so even a small run covers them all),
 * then drawn by weight.
 */
export function corpusPlan(seed: number, count: number): string[] {
  const random = new SeededRandom(seed)
  const total = KINDS.reduce((sum, k) => sum + k.weight, 0)
  const plan: string[] = []
  for (let i = 0; i < count; i++) {
    if (i < KINDS.length) {
      plan.push(KINDS[i]!.name)
      continue
    }
    let draw = random.next() * total
    const kind = KINDS.find((k) => (draw -= k.weight) < 0) ?? KINDS[KINDS.length - 1]!
    plan.push(kind.name)
  }
  return plan
}

/** The file at `index` of the plan, made from its own seed (the same bytes every run). */
export async function corpusFile(
  seed: number,
  index: number,
  kindName: string,
): Promise<CorpusFile> {
  const kind = kindByName(kindName)
  const random = new SeededRandom(
    (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0,
  )
  const made = await kind.make(random)
  return { ...made, index, kind: kind.name, expect: kind.expect }
}
