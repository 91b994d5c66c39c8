/**
 * Code lists: the fixed vocabularies Casebook stores (CLD defined lists, Care Act lists, Casebook's own).
 *
 * A record stores the short stable `code` ('white-british'); the UI shows the `label`; council exports use
 * the exact CLD spelling of the release the council asks for (`r1` or `r2`). `findCode` reads any of these
 * back, forgiving case, spaces, dashes and colons, so imported spreadsheets map onto codes.
 */

export interface CodeItem {
  readonly code: string
  readonly label: string
  readonly r1: string | null
  readonly r2: string | null
}

/**
 * A named, ordered list of items. `I` lets a list carry extra fields (the Care Act lists add `short`);
 * it defaults to plain `CodeItem`, so `CodeList<C>` is the everyday form.
 */
export interface CodeList<C extends string = string, I extends CodeItem = CodeItem> {
  readonly name: string
  readonly items: readonly (I & { readonly code: C })[]
}

/** The union of codes of a list: `CodeOf<typeof Gender>` is 'male' | 'female' | … */
export type CodeOf<L extends CodeList> = L['items'][number]['code']

const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Declares a code list. Codes must be unique kebab-case strings and the list must not be empty; a
 * mistake throws when the module loads, so it cannot reach a user.
 */
export function defineCodeList<const C extends string, I extends CodeItem = CodeItem>(
  name: string,
  items: readonly (NoInfer<I> & { code: C })[],
): CodeList<C, I> {
  if (items.length === 0) throw new Error(`Code list ${name} has no items`)
  const seen = new Set<string>()
  for (const item of items) {
    if (!CODE_PATTERN.test(item.code)) {
      throw new Error(`Code list ${name}: code "${item.code}" is not kebab-case`)
    }
    if (seen.has(item.code)) throw new Error(`Code list ${name}: code "${item.code}" is repeated`)
    seen.add(item.code)
  }
  return Object.freeze({ name, items: Object.freeze(items.map((i) => Object.freeze({ ...i }))) })
}

/** The codes in list order, typed for `z.enum(codesOf(list))`. A fresh array each call. */
export function codesOf<C extends string>(list: CodeList<C>): [C, ...C[]] {
  const codes = list.items.map((i) => i.code)
  const [first, ...rest] = codes
  if (first === undefined) throw new Error(`Code list ${list.name} has no items`)
  return [first, ...rest]
}

/** The item for a code, or undefined. */
export function itemOf<C extends string, I extends CodeItem>(
  list: CodeList<C, I>,
  code: string | null | undefined,
): (I & { readonly code: C }) | undefined {
  if (code === null || code === undefined) return undefined
  return list.items.find((i) => i.code === code)
}

/** True when `value` is one of the list's codes. */
export function isCode<C extends string>(list: CodeList<C>, value: unknown): value is C {
  return typeof value === 'string' && list.items.some((i) => i.code === value)
}

/** The label to show for a code: '' for no value; the code itself when the list does not know it. */
export function labelOf(list: CodeList, code: string | null | undefined): string {
  if (code === null || code === undefined) return ''
  return itemOf(list, code)?.label ?? code
}

/** The CLD Release 1 spelling of a code, or null (unknown code, or no R1 spelling). */
export function toR1(list: CodeList, code: string): string | null {
  return itemOf(list, code)?.r1 ?? null
}

/** The CLD Release 2 spelling of a code, or null (unknown code, or no R2 spelling). */
export function toR2(list: CodeList, code: string): string | null {
  return itemOf(list, code)?.r2 ?? null
}

/**
 * The matching key of a text: case, spaces, dashes (any kind), underscores and colons are ignored, and
 * curly apostrophes count as straight ones. 'White - Irish', 'white: irish' and 'WHITE_IRISH' all match.
 */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\s\-\u2010-\u2015\u2212_:]/g, '')
}

const lookups = new WeakMap<CodeList, ReadonlyMap<string, string>>()

/**
 * Builds the key → code map. Codes win over labels, labels over R1, R1 over R2, and within each the
 * earlier item wins: so where several R1 values share one R2 value, that R2 value reads back as the
 * first of them in list order.
 */
function lookupFor(list: CodeList): ReadonlyMap<string, string> {
  const cached = lookups.get(list)
  if (cached) return cached
  const map = new Map<string, string>()
  const fields = ['code', 'label', 'r1', 'r2'] as const
  for (const field of fields) {
    for (const item of list.items) {
      const text = item[field]
      if (text === null) continue
      const key = matchKey(text)
      if (key !== '' && !map.has(key)) map.set(key, item.code)
    }
  }
  lookups.set(list, map)
  return map
}

/**
 * Reads a code from its code, label, R1 or R2 spelling, ignoring case, spaces, dashes and colons.
 * Null when nothing matches.
 */
export function findCode<C extends string>(list: CodeList<C>, text: string): C | null {
  const key = matchKey(text)
  if (key === '') return null
  return (lookupFor(list).get(key) as C | undefined) ?? null
}
