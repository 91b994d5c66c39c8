import type { PersonSummary } from '../../shared/contract/people-schemas'
import { normaliseNhsNumber } from '../../shared/validation/nhs-number'
import { normalisePostcode, postcodeStarts } from '../../shared/validation/postcode'
import type { ReadDb } from '../db/handles'
import {
  indexedForm,
  isTypoOf,
  namePrefixQuery,
  nameSearchWords,
  TYPO_MAX_ALTERNATIVES,
  typoQuery,
  typoTermRange,
} from './name-search-rules'
import {
  findNameTerms,
  findPeopleByPostcodeStart,
  findPeopleMatchingNames,
  findPeopleWhere,
} from './person-repository'
import { formatPersonRef } from './person-rules'

const REF_PATTERN = /^\s*c?-?\s*0*(\d{1,6})\s*$/i

/** Collects results in the order found, each person once, up to `limit`. */
class Results {
  readonly people: PersonSummary[] = []
  private readonly seen = new Set<number>()
  constructor(readonly limit: number) {}

  get isFull(): boolean {
    return this.people.length >= this.limit
  }

  add(rows: readonly PersonSummary[]): void {
    for (const row of rows) {
      if (this.isFull) return
      if (this.seen.has(row.id)) continue
      this.seen.add(row.id)
      this.people.push(row)
    }
  }
}

/** Indexed words one typo from each typed word (the commonest first), none for short words. */
async function nearTermsOf(db: ReadDb, words: readonly string[]): Promise<string[][]> {
  const near: string[][] = []
  for (const [i, word] of words.entries()) {
    const typed = indexedForm(word)
    const range = typoTermRange(typed)
    if (!range) {
      near.push([])
      continue
    }
    const isLastWord = i === words.length - 1
    const terms = (await findNameTerms(db, range))
      .filter(({ term }) => isTypoOf(typed, indexedForm(term), isLastWord))
      .sort((a, b) => b.people - a.people)
      .slice(0, TYPO_MAX_ALTERNATIVES)
    near.push(terms.map(({ term }) => term))
  }
  return near
}

/**
 * People whose names start with the typed words, best match first; when they are fewer than
 * `limit`, then people whose names are one typo away ("Atkinsen" → Atkinson): a typed word of four
 * letters or more may have one letter wrong, missing, extra, or swapped with its neighbour, but not
 * the first letter (few typos are there, and it keeps the words to compare to one letter's share
 * of the index). The last word may be unfinished ("atkinse" → Atkinson).
 */
export async function searchPeopleByName(
  db: ReadDb,
  text: string,
  limit: number,
): Promise<PersonSummary[]> {
  const match = namePrefixQuery(text)
  if (!match) return []
  const results = new Results(limit)
  results.add(await findPeopleMatchingNames(db, match, limit))
  if (results.isFull) return results.people
  const words = nameSearchWords(text)
  const withTypos = typoQuery(words, await nearTermsOf(db, words))
  // Everyone found above matches this too, so asking for `limit` leaves room for the rest.
  if (withTypos) results.add(await findPeopleMatchingNames(db, withTypos, limit))
  return results.people
}

/**
 * Quick search (Ctrl+K): a reference ("C-000123", "123"), an NHS number (spaces allowed), a postcode
 * or the start of one (a district "HX5", a sector "HX5 2"), or names ("jo smi"), with one typo
 * allowed when the names typed find too few.
 */
export async function quickSearch(
  db: ReadDb,
  text: string,
  limit: number,
): Promise<PersonSummary[]> {
  const results = new Results(limit)
  const nhs = normaliseNhsNumber(text)
  if (nhs) results.add(await findPeopleWhere(db, 'nhs_number', nhs, limit))
  const refMatch = REF_PATTERN.exec(text)
  if (refMatch && !nhs) {
    results.add(await findPeopleWhere(db, 'ref', formatPersonRef(Number(refMatch[1])), limit))
  }
  const postcode = normalisePostcode(text)
  if (postcode) results.add(await findPeopleWhere(db, 'postcode', postcode, limit))
  for (const start of postcodeStarts(text)) {
    if (!results.isFull) results.add(await findPeopleByPostcodeStart(db, start, limit))
  }
  if (!results.isFull) results.add(await searchPeopleByName(db, text, limit))
  return results.people
}
