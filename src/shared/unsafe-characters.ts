/**
 * Characters that must not hide in people's records: they change a terminal (ESC sequences, BEL),
 * split a line where none is seen, reorder what is shown (bidi overrides, as in "Ann\u202Egnp.exe"),
 * or are invisible, so two names that look the same are different text. The contract refuses them
 * in what people type (`src/shared/contract/text-rules.ts`); the CLI and exports escape them in
 * whatever was stored before.
 */

export type UnsafeKind = 'control' | 'line-break' | 'tab' | 'direction' | 'invisible' | 'broken'

export interface UnsafeCharacter {
  readonly codePoint: number
  readonly kind: UnsafeKind
  /** Its position in the text, in UTF-16 units. */
  readonly index: number
}

/**
 * - `single-line`: names, references, addresses, subjects: nothing unseen, not even a tab.
 * - `multi-line`: prose typed in a text box, checked after `normaliseLineBreaks`: line feeds and tabs
 *   are part of the writing, and so are the zero-width joiner and non-joiner (U+200C, U+200D), which
 *   emoji sequences and several scripts need to be spelt right.
 */
export type TextShape = 'single-line' | 'multi-line'

/** Marks that set or embed a direction (U+061C, U+200E–F, U+202A–E, U+2066–9). */
const DIRECTION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/
/** Zero-width and other invisible format characters. */
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\uFFF9-\uFFFB]/
/**
 * Unicode's mandatory line breaks: LF, CR, VT, FF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. Text
 * pasted from word processors and PDFs carries the less common ones (Word's manual line break is a
 * VT); in a text box they are line breaks the person meant and cannot see to remove.
 */
// eslint-disable-next-line no-control-regex -- VT and FF are the point
const LINE_BREAKS = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/g

/**
 * One pattern for everything unsafe in any shape: C0, DEL, C1, the direction and invisible marks, and
 * a surrogate without its pair (the `u` flag makes a proper pair one character, so only a lone half
 * matches). Kept as one regex so the common case, clean text, is one scan. Global: use it with
 * `replace` or `matchAll`, never `test`.
 */
export const UNSAFE_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u2028\u2029\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB\uD800-\uDFFF]/gu

function kindOf(codePoint: number): UnsafeKind {
  if ([0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029].includes(codePoint)) return 'line-break'
  if (codePoint === 0x09) return 'tab'
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return 'broken'
  const char = String.fromCharCode(codePoint)
  if (DIRECTION.test(char)) return 'direction'
  if (INVISIBLE.test(char)) return 'invisible'
  return 'control'
}

function isAllowed(codePoint: number, shape: TextShape): boolean {
  return (
    shape === 'multi-line' &&
    (codePoint === 0x0a || codePoint === 0x09 || codePoint === 0x200c || codePoint === 0x200d)
  )
}

/** The first character of `text` not allowed in text of this shape, or null when it is clean. */
export function findUnsafeCharacter(text: string, shape: TextShape): UnsafeCharacter | null {
  for (const match of text.matchAll(UNSAFE_CHARACTERS)) {
    const codePoint = match[0].codePointAt(0)!
    if (!isAllowed(codePoint, shape))
      return { codePoint, kind: kindOf(codePoint), index: match.index }
  }
  return null
}

/** `U+001B`, as the messages name a character. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * What to tell someone whose `label` field holds `found`, in words they can act on (the character
 * cannot be seen, so it is named by its code).
 */
export function unsafeCharacterMessage(label: string, found: UnsafeCharacter): string {
  const code = codePointName(found.codePoint)
  switch (found.kind) {
    case 'line-break':
      return `${label} must be on one line; remove the line break (${code}).`
    case 'tab':
      return `${label} contains a tab (${code}); replace it with a space.`
    case 'direction':
      return `${label} contains an invisible text-direction character (${code}); remove it.`
    case 'invisible':
      return `${label} contains an invisible character (${code}); remove it.`
    case 'broken':
      return `${label} contains a broken character (${code}); type that part again.`
    case 'control':
      return `${label} contains a control character (${code}); remove it.`
  }
}

/** The message for the first unsafe character in `text`, or null when there is none. */
export function unsafeTextProblem(label: string, text: string, shape: TextShape): string | null {
  const found = findUnsafeCharacter(text, shape)
  return found ? unsafeCharacterMessage(label, found) : null
}

/** Every line break (`LINE_BREAKS`: Windows' CR LF, old Macs' CR, Word's VT…) as one `\n`. */
export function normaliseLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, '\n')
}

/** `\x1b` for a control character (C0, DEL, C1), `\u{202E}` for the rest. */
function visibleEscape(codePoint: number): string {
  if (codePoint === 0x0a) return '\\n'
  if (codePoint === 0x0d) return '\\r'
  if (codePoint === 0x09) return '\\t'
  if (codePoint <= 0xff) return `\\x${codePoint.toString(16).padStart(2, '0')}`
  return `\\u{${codePoint.toString(16).toUpperCase()}}`
}

/**
 * Text that is safe to show where it could do harm: every unsafe character (see the top of this file)
 * written out as a visible escape, so a stored `ESC[31m` reads `\x1b[31m` and an override reads
 * `\u{202E}`. With `keepLineBreaks`, line breaks stay (as `\n`, see `normaliseLineBreaks`);
 * otherwise they are written out too (`\n`, `\r`, `\x0b`…), so the text stays on one line. Tabs are written `\t` unless `keepTabs`.
 * Backslashes are left as they are: the result is for reading, not for parsing back.
 */
export function escapeUnprintable(
  text: string,
  options: { keepLineBreaks: boolean; keepTabs?: boolean },
): string {
  const source = options.keepLineBreaks ? normaliseLineBreaks(text) : text
  return source.replace(UNSAFE_CHARACTERS, (char) => {
    const codePoint = char.codePointAt(0)!
    const isKept =
      (options.keepLineBreaks && codePoint === 0x0a) || (options.keepTabs && codePoint === 0x09)
    return isKept ? char : visibleEscape(codePoint)
  })
}
