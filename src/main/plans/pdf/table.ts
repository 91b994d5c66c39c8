import type { Cell, Column, PdfLayout, Run, Struct, TableOptions, TextStyle } from './layout'

/**
 * A table that breaks across pages, repeating its header row on each new page (as an artifact, so a
 * screen reader hears it once). Long cells wrap; a row taller than a page continues on the next.
 */
export function drawTable(
  layout: PdfLayout,
  parent: Struct,
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  options: TableOptions,
): void {
  const pad = options.padding ?? 4
  const share = columns.reduce((sum, c) => sum + c.width, 0)
  const widths = columns.map((c) => (c.width / share) * layout.width)
  const xs = widths.map((_, i) => layout.left + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const showHeader = options.showHeader ?? true
  const ruleColor = options.ruleColor ?? '#b8c2cc'

  const runsFor = (cell: Cell, col: number, style: TextStyle): Run[] => {
    const align = columns[col]?.align ?? 'left'
    const width = (widths[col] ?? 0) - 2 * pad
    const c = typeof cell === 'string' ? { text: cell } : cell
    const bold = c.bold || (options.rowHeaders === true && col === 0)
    const main: TextStyle = bold ? { ...style, font: options.headerStyle.font } : style
    const runs = layout.wrap(c.text, main, width).map((text) => ({ text, style: main, align }))
    if (c.note) {
      runs.push(
        ...layout.wrap(c.note, options.noteStyle, width).map((text) => ({
          text,
          style: options.noteStyle,
          align,
        })),
      )
    }
    return runs
  }
  const height = (runs: readonly Run[]) => runs.reduce((h, r) => h + layout.lineHeight(r.style), 0)
  const headerRuns = columns.map((c, i) => runsFor(c.header, i, options.headerStyle))
  const headerHeight = showHeader ? Math.max(...headerRuns.map(height)) + 2 * pad : 0

  const tableEl = layout.group(parent, 'Table')

  const drawRuns = (cellRuns: readonly (readonly Run[])[], y: number) => {
    cellRuns.forEach((runs, i) => {
      let ly = y + pad
      for (const r of runs) {
        layout.drawLine(
          r.text,
          (xs[i] ?? 0) + pad,
          ly,
          r.style,
          (widths[i] ?? 0) - 2 * pad,
          r.align,
        )
        ly += layout.lineHeight(r.style)
      }
    })
  }
  const drawHeader = (tagged: boolean) => {
    const y = layout.y
    layout.artifact(() => {
      layout.doc
        .rect(layout.left, y, layout.width, headerHeight)
        .fill(options.headerFill ?? '#e6edf5')
    })
    if (tagged) {
      const tr = layout.group(tableEl, 'TR')
      headerRuns.forEach((runs, i) => {
        const th = layout.group(tr, 'TH')
        th.add(() =>
          drawRuns(
            headerRuns.map((r, j) => (j === i ? r : [])),
            y,
          ),
        )
        th.end()
      })
      tr.end()
    } else {
      layout.artifact(() => drawRuns(headerRuns, y))
    }
    layout.y = y + headerHeight
  }

  const firstRowHeight = rows[0]
    ? Math.max(...rows[0].map((c, i) => height(runsFor(c, i, options.body)))) + 2 * pad
    : 0
  if (headerHeight + Math.min(firstRowHeight, 60) > layout.bottom - layout.y) layout.newPage()
  if (showHeader) drawHeader(true)

  rows.forEach((row, rowIndex) => {
    let remaining = row.map((c, i) => runsFor(c, i, options.body))
    const rowHeight = Math.max(...remaining.map(height)) + 2 * pad
    const fullPage = layout.bottom - layout.top - headerHeight
    if (
      layout.y + rowHeight > layout.bottom &&
      (rowHeight <= fullPage || layout.bottom - layout.y < 60)
    ) {
      layout.newPage()
      if (showHeader) drawHeader(false)
    }
    const tr = layout.group(tableEl, 'TR')
    const cellEls = row.map((cell, i) => {
      const th = (options.rowHeaders && i === 0) || (typeof cell !== 'string' && cell.header)
      return layout.group(tr, th ? 'TH' : 'TD')
    })
    while (remaining.some((runs) => runs.length > 0)) {
      if (layout.bottom - layout.y < 2 * pad + 12) {
        layout.newPage()
        if (showHeader) drawHeader(false)
      }
      const avail = layout.bottom - layout.y - 2 * pad
      const now = remaining.map((runs) => {
        let h = 0
        let n = 0
        while (n < runs.length && h + layout.lineHeight(runs[n]!.style) <= avail)
          h += layout.lineHeight(runs[n++]!.style)
        return runs.slice(0, Math.max(n, Math.min(1, runs.length)))
      })
      remaining = remaining.map((runs, i) => runs.slice(now[i]!.length))
      const segHeight = Math.max(...now.map(height)) + 2 * pad
      const y = layout.y
      layout.artifact(() => {
        if (options.stripeFill && rowIndex % 2 === 1)
          layout.doc.rect(layout.left, y, layout.width, segHeight).fill(options.stripeFill)
        layout.doc
          .moveTo(layout.left, y + segHeight)
          .lineTo(layout.right, y + segHeight)
          .lineWidth(0.5)
          .strokeColor(ruleColor)
          .stroke()
      })
      now.forEach((runs, i) => {
        if (runs.length > 0)
          cellEls[i]!.add(() =>
            drawRuns(
              now.map((r, j) => (j === i ? r : [])),
              y,
            ),
          )
      })
      layout.y = y + segHeight
    }
    tr.end()
  })
  tableEl.end()
}
