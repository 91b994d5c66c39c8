/**
 * Letters that people write more than one way in a name, folded to one spelling before the name
 * index sees them, and the same way in what is typed into quick search. The index's tokenizer
 * (unicode61 with remove_diacritics 2) already folds case and Latin accents that Unicode decomposes
 * (é, ş, ő, ž); these are the ones it keeps:
 * - Latin letters with no decomposition: Ł, Ø, Đ, ı, ß, Æ… ("lukasz" finds Łukasz).
 * - Greek accents (tonos, dialytika) and the final sigma: "γιωργος" finds Γιώργος.
 * - Cyrillic Ё, usually written Е.
 * - Arabic (as Lucene's Arabic normaliser does): the hamza and madda forms of alef as bare alef, alef
 *   maqsura and Farsi yeh as yeh, keheh as kaf, teh marbuta as heh; the short-vowel marks (harakat),
 *   the combining hamza and madda, and the tatweel dropped. So "احمد" finds أحمد, and a vowelled
 *   مُحَمَّد is found by محمد.
 *
 * Migration 0006 builds its SQL from this table and its hash is recorded once released: changing a
 * fold fails `migrations.test.ts`, because names already indexed keep the old folds. Change them in
 * a new migration that re-indexes.
 */
export const NAME_FOLDS: readonly (readonly [from: string, to: string])[] = [
  ['Ł', 'l'],
  ['ł', 'l'],
  ['Ŀ', 'l'],
  ['ŀ', 'l'],
  ['Ø', 'o'],
  ['ø', 'o'],
  ['Ǿ', 'o'],
  ['ǿ', 'o'],
  ['Đ', 'd'],
  ['đ', 'd'],
  ['Ð', 'd'],
  ['ð', 'd'],
  ['Ħ', 'h'],
  ['ħ', 'h'],
  ['Ŧ', 't'],
  ['ŧ', 't'],
  ['ı', 'i'],
  ['ß', 'ss'],
  ['ẞ', 'ss'],
  ['Æ', 'ae'],
  ['æ', 'ae'],
  ['Œ', 'oe'],
  ['œ', 'oe'],
  ['Þ', 'th'],
  ['þ', 'th'],
  ['Ĳ', 'ij'],
  ['ĳ', 'ij'],
  ['Ё', 'е'],
  ['ё', 'е'],
  ['Ά', 'α'],
  ['ά', 'α'],
  ['Έ', 'ε'],
  ['έ', 'ε'],
  ['Ή', 'η'],
  ['ή', 'η'],
  ['Ί', 'ι'],
  ['ί', 'ι'],
  ['Ϊ', 'ι'],
  ['ϊ', 'ι'],
  ['ΐ', 'ι'],
  ['Ό', 'ο'],
  ['ό', 'ο'],
  ['Ύ', 'υ'],
  ['ύ', 'υ'],
  ['Ϋ', 'υ'],
  ['ϋ', 'υ'],
  ['ΰ', 'υ'],
  ['Ώ', 'ω'],
  ['ώ', 'ω'],
  ['ς', 'σ'],
  ['\u0623', '\u0627'], // أ alef with hamza above
  ['\u0625', '\u0627'], // إ alef with hamza below
  ['\u0622', '\u0627'], // آ alef with madda
  ['\u0671', '\u0627'], // ٱ alef wasla
  ['\u0649', '\u064A'], // ى alef maqsura
  ['\u06CC', '\u064A'], // ی Farsi yeh
  ['\u06A9', '\u0643'], // ک keheh
  ['\u0629', '\u0647'], // ة teh marbuta
  ['\u0640', ''], // tatweel
  ['\u064B', ''], // fathatan … sukun: the harakat
  ['\u064C', ''],
  ['\u064D', ''],
  ['\u064E', ''],
  ['\u064F', ''],
  ['\u0650', ''],
  ['\u0651', ''],
  ['\u0652', ''],
  ['\u0653', ''], // combining madda (a decomposed آ)
  ['\u0654', ''], // combining hamza above (a decomposed أ)
  ['\u0655', ''], // combining hamza below (a decomposed إ)
  ['\u0670', ''], // superscript alef
]

/** `text` with every fold applied, in the table's order (as the SQL does). */
export function foldName(text: string): string {
  let folded = text
  for (const [from, to] of NAME_FOLDS) folded = folded.replaceAll(from, to)
  return folded
}

function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`
}

/** A SQL expression applying every fold to `expression`: nested replace() calls, innermost first. */
export function foldNameSql(expression: string): string {
  let sql = expression
  for (const [from, to] of NAME_FOLDS) sql = `replace(${sql}, ${sqlText(from)}, ${sqlText(to)})`
  return sql
}
