import * as seedWords from '../../src/main/seed/seed-data'

/** The benchmark's organisation works with Kirklees (`casebook-backend.ts`): its people's districts. */
export const SEEDED_DISTRICTS = seedWords.outwardCodesOf('E08000034')
import type { SeededRandom } from './random'

/**
 * Search queries for the search suite, drawn from the word lists the seed (`runSeed`) writes people
 * and case notes with, so that they find something in a seeded file: what staff would type.
 */

/** Words as FTS5's unicode61 tokenizer (remove_diacritics) sees them: lower case, split on anything that is not a letter or digit. */
export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

function distinct(
  random: SeededRandom,
  count: number,
  make: (random: SeededRandom) => string,
): string[] {
  const seen = new Set<string>()
  for (let attempt = 0; seen.size < count; attempt++) {
    if (attempt > count * 100) throw new Error(`Could not make ${count} different queries.`)
    seen.add(make(random))
  }
  return [...seen]
}

/**
 * Name prefixes as typed into quick search: the first 2–4 letters of a given or a family name
 * ("jo", "smi"), and one in four a given-name prefix then a family-name prefix ("jo smi").
 */
export function namePrefixQueries(random: SeededRandom, count: number): string[] {
  const prefix = (name: string) => name.slice(0, random.int(2, 4)).toLowerCase()
  return distinct(random, count, (r) => {
    if (r.next() < 0.25) {
      return `${prefix(r.pick(seedWords.GIVEN_NAMES))} ${prefix(r.pick(seedWords.FAMILY_NAMES))}`
    }
    return prefix(r.pick(r.next() < 0.5 ? seedWords.GIVEN_NAMES : seedWords.FAMILY_NAMES))
  })
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'

/** `word` with one edit after its first letter: a letter changed, left out, added, or two swapped. */
function withOneTypo(random: SeededRandom, word: string): string {
  const at = random.int(1, word.length - 2)
  const other = (letter: string | undefined) =>
    random.pick([...LETTERS].filter((l) => l !== letter))
  switch (random.pick(['change', 'leave out', 'add', 'swap'] as const)) {
    case 'change':
      return word.slice(0, at) + other(word[at]) + word.slice(at + 1)
    case 'leave out':
      return word.slice(0, at) + word.slice(at + 1)
    case 'add':
      return word.slice(0, at) + other(word[at]) + word.slice(at)
    case 'swap':
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)
  }
}

/**
 * Names typed with one typo, as quick search tolerates them: a seeded given or family name of five
 * letters or more with one edit after its first letter ("atkinsen"), one in four after a given-name
 * prefix ("jo atkinsen"). A typo that leaves the start of a seeded name (so that no typo is needed
 * to find it) is drawn again.
 */
export function typoNameQueries(random: SeededRandom, count: number): string[] {
  const names = [...seedWords.GIVEN_NAMES, ...seedWords.FAMILY_NAMES].flatMap(tokens)
  const long = names.filter((n) => n.length >= 5)
  const typo = (r: SeededRandom): string => {
    const word = r.pick(long)
    const typed = withOneTypo(r, word)
    return typed === word || names.some((n) => n.startsWith(typed)) ? typo(r) : typed
  }
  return distinct(random, count, (r) => {
    if (r.next() < 0.25) {
      const given = r.pick(seedWords.GIVEN_NAMES).toLowerCase()
      return `${given.slice(0, r.int(2, 3))} ${typo(r)}`
    }
    return typo(r)
  })
}

/**
 * The start of a seeded postcode, as typed to find a district or sector: "HD1", "HD1 4", or in lower
 * case without the space, "hd14" (a third each).
 */
export function postcodeStartQueries(random: SeededRandom, count: number): string[] {
  const all = SEEDED_DISTRICTS.length * 9 * 2 + SEEDED_DISTRICTS.length
  return distinct(random, Math.min(count, all), (r) => {
    const outward = r.pick(SEEDED_DISTRICTS)
    const sector = r.int(1, 9)
    const form = r.int(0, 2)
    if (form === 0) return outward
    return form === 1 ? `${outward} ${sector}` : `${outward}${sector}`.toLowerCase()
  })
}

/** A word in a share of the phrases of one list. */
function shareOf(phrases: readonly string[], word: string): number {
  const placeholders = /\{(?:name|carer)\}/g
  return (
    phrases.filter((p) => tokens(p.replace(placeholders, ' ')).includes(word)).length /
    phrases.length
  )
}

export type NoteWordPool = 'rare' | 'medium' | 'common'

/**
 * The words of the seed's case notes in three pools by how many notes hold them. A seeded note is
 * an opening, two topics and a closing, so a word's expected share of notes is
 * 1 − (1 − opening share)(1 − topic share)²(1 − closing share): `common` holds words in a quarter of
 * notes or more ("the", "to"), `medium` the rest of the phrase words ("boiler": about one note in
 * nine). `rare` holds the people's names, which notes mention ("Visited Zofia at home"): a given
 * or family name is in about one note in fifty. Words of one letter are left out.
 */
export function noteWordPools(): Readonly<Record<NoteWordPool, readonly string[]>> {
  const openings = seedWords.NOTE_OPENINGS
  const topics = seedWords.NOTE_TOPICS
  const closings = seedWords.NOTE_CLOSINGS
  const words = new Set(
    [...openings, ...topics, ...closings].flatMap((p) =>
      tokens(p.replace(/\{(?:name|carer)\}/g, ' ')),
    ),
  )
  const names = new Set(
    [...seedWords.GIVEN_NAMES, ...seedWords.FAMILY_NAMES]
      .flatMap(tokens)
      .filter((w) => !words.has(w)),
  )
  const common: string[] = []
  const medium: string[] = []
  for (const word of words) {
    if (word.length < 2) continue
    const share =
      1 -
      (1 - shareOf(openings, word)) *
        (1 - shareOf(topics, word)) ** 2 *
        (1 - shareOf(closings, word))
    ;(share >= 0.25 ? common : medium).push(word)
  }
  return { rare: [...names].filter((w) => w.length >= 2), medium, common }
}

const POOL_WEIGHTS: readonly (readonly [NoteWordPool, number])[] = [
  ['rare', 0.35],
  ['medium', 0.45],
  ['common', 0.2],
]

/**
 * Note searches of one or two words (half each), every word drawn from a pool chosen by
 * `POOL_WEIGHTS`, so there are rare, middling and very common words, alone and together
 * ("zofia", "boiler landlord", "the wheelchair"). `notes.search` makes the last word a prefix.
 */
export function noteTextQueries(random: SeededRandom, count: number): string[] {
  const pools = noteWordPools()
  const word = (r: SeededRandom) => {
    let roll = r.next()
    for (const [pool, weight] of POOL_WEIGHTS) {
      if (roll < weight) return r.pick(pools[pool])
      roll -= weight
    }
    return r.pick(pools.common)
  }
  return distinct(random, count, (r) => {
    const first = word(r)
    if (r.next() < 0.5) return first
    const second = word(r)
    return second === first ? first : `${first} ${second}`
  })
}
