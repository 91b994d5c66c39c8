/**
 * Text helpers for the plan PDF. The built-in Helvetica fonts can only show Windows-1252 ("WinAnsi")
 * characters, and pdfkit writes any other character as a broken hex code, so every string is passed
 * through `pdfSafe` before it is drawn.
 */

/** Characters above Latin-1 that WinAnsi has (pdfkit's WIN_ANSI_MAP keys). */
const WIN_ANSI_EXTRA = new Set(
  '\u0192\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u20ac\u2030\u2039\u203a\u02c6\u2122\u0152\u0153\u02dc\u0160\u0161\u0178\u017d\u017e',
)

/** Common look-alikes for characters WinAnsi lacks. */
const REPLACEMENTS: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2032': "'",
  '\u2033': '"',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0131': 'i',
}

function encodable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch)
}

/**
 * Makes text drawable with the standard fonts: keeps line breaks, turns tabs into spaces, drops other
 * control characters, strips accents the font cannot show ("Dvořák" → "Dvorák") and shows anything
 * else as "?". Never throws.
 */
export function pdfSafe(text: string): string {
  let out = ''
  for (const ch of text.replace(/\r\n?/g, '\n')) {
    if (ch === '\n') out += '\n'
    else if (ch === '\t') out += ' '
    else if (encodable(ch)) out += ch
    else if (REPLACEMENTS[ch] !== undefined) out += REPLACEMENTS[ch]
    else if ((ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f') continue
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      out += base !== '' && [...base].every(encodable) ? base : '?'
    }
  }
  return out
}

/** A quantity stored in hundredths, shown plainly: 1250 → "12.5", 100 → "1", 1275 → "12.75". */
export function formatHundredths(value: number): string {
  const sign = value < 0 ? '-' : ''
  const abs = Math.abs(Math.round(value))
  const whole = new Intl.NumberFormat('en-GB').format(Math.floor(abs / 100))
  const fraction = abs % 100
  if (fraction === 0) return `${sign}${whole}`
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`
}

/** The first letter in upper case: statutory wording is lower case, a list item reads better capitalised. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const ABBREVIATIONS = /(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|St|No|e\.g|i\.e|etc)\.$/i

/**
 * Splits free text into short lines for the easy-read version: one paragraph per line break, then one
 * sentence per line. Titles like "Dr." do not end a sentence.
 */
export function sentences(text: string): string[] {
  const out: string[] = []
  for (const paragraph of text.split(/\n+/)) {
    const parts = paragraph.trim().split(/(?<=[.!?])\s+(?=["\u201c\u2018(]?[A-Z0-9])/)
    let pending = ''
    for (const part of parts) {
      pending = pending ? `${pending} ${part}` : part
      if (!ABBREVIATIONS.test(pending)) {
        out.push(pending)
        pending = ''
      }
    }
    if (pending) out.push(pending)
  }
  return out.filter((s) => s.trim() !== '')
}

/** "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
}
