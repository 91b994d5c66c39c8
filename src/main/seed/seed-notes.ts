import type { CaseNoteKindCode } from '../../shared/reference'
import type { Actor } from '../kernel'
import type { NewNote } from '../notes'
import * as words from './seed-data'
import type { SeededPerson } from './seed-people'
import { type Random, workingMoment } from './seed-random'

const KINDS: readonly CaseNoteKindCode[] = ['visit', 'phone', 'email', 'meeting']

/** A note's subject: its first sentence, cut at a word (never mid-word) to 60 characters. */
function subjectOf(body: string): string {
  const first = body.split(/(?<=[.!?])\s/)[0] ?? body
  if (first.length <= 60) return first
  const cut = first.slice(0, 59)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

/**
 * `count` case notes about `person`, mostly by their key worker and otherwise by `writers` (staff
 * whose role may write notes), each in the working day of a day the organisation worked with them,
 * and written up once it ended.
 */
export function drawNotes(
  rng: Random,
  person: SeededPerson,
  count: number,
  writers: readonly Actor[],
): NewNote[] {
  const notes: NewNote[] = []
  for (let k = 0; k < count; k++) {
    const when = workingMoment(rng, rng.int(person.firstDay, person.lastDay))
    const body = [
      rng.pick(words.NOTE_OPENINGS),
      rng.pick(words.NOTE_TOPICS),
      rng.pick(words.NOTE_TOPICS),
      rng.pick(words.NOTE_CLOSINGS),
    ]
      .join(' ')
      .replaceAll('{name}', person.givenName)
      .replaceAll('{carer}', person.carer)
    const author = rng.chance(0.8) ? person.keyWorker : rng.pick(writers)
    const kind = rng.pick(KINDS)
    const durationMinutes = rng.int(5, 90)
    notes.push({
      personId: person.id,
      authorId: author.id,
      kind,
      occurredAt: when.toISOString(),
      durationMinutes,
      subject: subjectOf(body),
      body,
      isRestricted: rng.chance(0.08),
      at: new Date(when.getTime() + durationMinutes * 60_000).toISOString(),
    })
  }
  return notes
}
