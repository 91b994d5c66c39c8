import type { PeopleListFilter } from '../../src/main/people/person-repository'
import type { Scale } from '../lib/scale'

/** The records suite's sizes and what the screens ask for. */

export interface Settings {
  readonly people: number
  readonly notesPerPerson: number
  /** Timed rounds: each round runs every case once, in a rotating order. */
  readonly rounds: number
  readonly warmupRounds: number
}

export const SETTINGS: Readonly<Record<Scale, Settings>> = {
  small: { people: 1_000, notesPerPerson: 10, rounds: 10, warmupRounds: 1 },
  full: { people: 20_000, notesPerPerson: 25, rounds: 40, warmupRounds: 2 },
}

/** What the screens ask for (src/renderer): the people list's page, the notes tab's first page. */
export const PEOPLE_PAGE = 200
export const NOTES_PAGE = 50
/** The plans overview as it opens: reviews due in the next 6 weeks, 200 rows a section. */
export const OVERVIEW = { reviewWithinDays: 42, limit: 200 } as const
/** The people the rounds open are drawn with this seed: the same people every run. */
export const PICK_SEED = 20_260_102

export const SORTS = ['name', 'ref', 'status', 'dateOfBirth', 'updated'] as const
export const STATUSES = ['active', 'referral', 'enquiry', 'closed'] as const
export const FLAGS = ['safeguarding', 'financial', 'capacity'] as const
/** `listPeople`' filter, typed as the route takes it (so the same value goes to both). */
export type ListFilter = Omit<PeopleListFilter, 'status'> & { status?: (typeof STATUSES)[number] }
export type ListInput = Omit<ListFilter, 'offset' | 'limit'>
