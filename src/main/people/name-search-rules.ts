import { foldName } from '../db/name-folding'

/**
 * How quick search reads typed names. What is typed goes through the same folds as the name index
 * (`NAME_FOLDS`) and is then tokenized by FTS5 itself, so both sides split and fold a name the same
 * way. (Decomposing it here first, as before, split "أحمد" into "ا" and "حمد": the index holds one
 * word, so it was never found.)
 */

/** At most this many typed words make a search. */
const MAX_WORDS = 6
/** Shorter words have too many neighbours one typo away ("jo": "al", "bo", "jd"…) to help. */
export const TYPO_MIN_LETTERS = 4
/** A typed word is also looked for as at most this many indexed words one typo away. */
export const TYPO_MAX_ALTERNATIVES = 12

/** The typed words, folded, split on anything that is not a letter, mark or digit. */
export function nameSearchWords(text: string): string[] {
  return foldName(text.normalize('NFC'))
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS)
}

function quoted(word: string): string {
  return `"${word.replaceAll('"', '""')}"`
}

/** Turns typed words into an FTS5 prefix query: every word must start a name ("jo smi" → jo* smi*). */
export function namePrefixQuery(text: string): string | null {
  const words = nameSearchWords(text)
  return words.length ? words.map((w) => `${quoted(w)}*`).join(' ') : null
}

/**
 * A word as the index's tokenizer stores it, near enough to compare spellings: lower case, Latin
 * accents removed (unicode61's remove_diacritics), Greek final sigma as σ.
 */
export function indexedForm(word: string): string {
  return foldName(word.normalize('NFC'))
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
}

/**
 * True when `a` becomes `b` by one edit: a letter changed, added or left out, or two neighbouring
 * letters swapped (Damerau's four single-letter errors). Equal words are not one edit apart.
 */
export function isOneEditApart(a: string, b: string): boolean {
  const x = [...a]
  const y = [...b]
  if (Math.abs(x.length - y.length) > 1) return false
  let start = 0
  while (start < x.length && start < y.length && x[start] === y[start]) start++
  let endX = x.length
  let endY = y.length
  while (endX > start && endY > start && x[endX - 1] === y[endY - 1]) {
    endX--
    endY--
  }
  const restX = endX - start
  const restY = endY - start
  if (restX === 0 && restY === 0) return false
  if (restX + restY === 1) return true
  if (restX === 1 && restY === 1) return true
  return restX === 2 && restY === 2 && x[start] === y[start + 1] && x[start + 1] === y[start]
}

/**
 * True when `typed` is one edit from `term`, or, for the last word (still being typed), from the
 * start of `term`: "atkinse" is one edit from "atkinso…". A term the word already starts is no typo.
 */
export function isTypoOf(typed: string, term: string, isLastWord: boolean): boolean {
  if (term.startsWith(typed)) return false
  if (isOneEditApart(typed, term)) return true
  if (!isLastWord) return false
  const letters = [...term]
  const length = [...typed].length
  for (const cut of [length - 1, length, length + 1]) {
    if (cut > 0 && cut < letters.length && isOneEditApart(typed, letters.slice(0, cut).join(''))) {
      return true
    }
  }
  return false
}

/** The index's words in which a typo of `typed` would be looked for: those with its first letter. */
export function typoTermRange(typed: string): { from: string; below: string } | null {
  const first = [...typed][0]
  if (first === undefined || [...typed].length < TYPO_MIN_LETTERS) return null
  return { from: first, below: String.fromCodePoint(first.codePointAt(0)! + 1) }
}

/**
 * An FTS5 query where each typed word may also be one of its near spellings: "jo atkinsen" with
 * atkinson → `"jo"* AND ("atkinsen"* OR "atkinson")`. Null when no word has a near spelling.
 */
export function typoQuery(words: readonly string[], nearTerms: readonly string[][]): string | null {
  if (!nearTerms.some((terms) => terms.length > 0)) return null
  return words
    .map((word, i) => {
      const alternatives = [`${quoted(word)}*`, ...(nearTerms[i] ?? []).map(quoted)]
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`
    })
    .join(' AND ')
}
