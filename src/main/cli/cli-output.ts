import { escapeUnprintable, UNSAFE_CHARACTERS } from '../../shared/unsafe-characters'

/**
 * Turns route values into plain text for people; `--json` prints the value itself (`jsonText`).
 * Stored text is never printed raw: a name holding `ESC[31m`, a bell or a right-to-left override
 * (records written before the contract refused them, or a file's headings) would recolour the
 * terminal, ring, or show text reordered. It is printed as visible escapes (`\x1b[31m`, `\u{202E}`),
 * and a value inside a table or a line of its own stays on that line (`\n`).
 */
export function table(
  rows: Record<string, unknown>[],
  columns: [key: string, heading: string][],
): string {
  if (rows.length === 0) return '(none)'
  const cells = rows.map((row) => columns.map(([key]) => formatCell(row[key])))
  const widths = columns.map(([, heading], i) =>
    Math.max(heading.length, ...cells.map((c) => c[i]!.length)),
  )
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()
  return [
    line(columns.map(([, h]) => h)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n')
}

/** A value on one line of human output, escaped (see the top of this file). */
export function oneLine(value: unknown): string {
  return formatCell(value)
}

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return escapeUnprintable(String(value), { keepLineBreaks: false })
}

export function keyValues(entries: [string, unknown][]): string {
  const width = Math.max(...entries.map(([k]) => k.length))
  return entries
    .map(([k, v]) => `${k.padEnd(width)}  ${formatCell(Array.isArray(v) ? v.join(', ') : v)}`)
    .join('\n')
}

/**
 * Human output as a whole, last: whatever a command interpolated without `oneLine` still cannot
 * reach the terminal raw. Its own line breaks are kept.
 */
export function printable(text: string): string {
  return escapeUnprintable(text, { keepLineBreaks: true })
}

/**
 * A value as one JSON document for `--json`, safe to print to a terminal. JSON.stringify escapes only
 * C0, quotes, backslashes and lone surrogates; DEL, C1, direction and invisible marks it leaves raw.
 * Those can only be inside strings, so writing them as `\uXXXX` keeps the document and every value
 * the same. (The only raw C0 left is the layout's own line breaks.)
 */
export function jsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_CHARACTERS, (char) =>
    char === '\n' ? char : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}
