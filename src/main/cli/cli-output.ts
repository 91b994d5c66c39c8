/** Turns route values into plain text for people; `--json` prints the value itself. */
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

function formatCell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return String(value)
}

export function keyValues(entries: [string, unknown][]): string {
  const width = Math.max(...entries.map(([k]) => k.length))
  return entries
    .map(([k, v]) => `${k.padEnd(width)}  ${formatCell(Array.isArray(v) ? v.join(', ') : v)}`)
    .join('\n')
}
