/**
 * A small flowing-layout engine over pdfkit for the plan PDFs. It wraps text itself (so it decides every
 * page break), keeps headings with what follows, repeats table header rows on each page a table reaches,
 * and tags everything it draws for screen readers: headings H1/H2, paragraphs P, tables Table/TR/TH/TD,
 * with rules, shading, repeated headers and footers marked as artifacts.
 */
import { pdfSafe } from './text'
import { drawTable } from './table'

export interface TextStyle {
  font: string
  size: number
  color: string
  /** Extra space between lines, in points. */
  lineGap: number
}

export interface Column {
  header: string
  /** Share of the table width (any positive numbers; they are scaled to fit). */
  width: number
  align?: 'left' | 'right'
}

/** A table cell: plain text, or text with a smaller note under it; `header` tags it TH. */
export type Cell = string | { text: string; note?: string; bold?: boolean; header?: boolean }

export interface TableOptions {
  body: TextStyle
  headerStyle: TextStyle
  noteStyle: TextStyle
  /** False for a list of label–value rows with no header row. */
  showHeader?: boolean
  /** The first cell of each row is a row header (drawn bold, tagged TH). */
  rowHeaders?: boolean
  padding?: number
  headerFill?: string
  stripeFill?: string | null
  ruleColor?: string
}

export type Struct = PDFKit.PDFStructureElement

export interface Run {
  text: string
  style: TextStyle
  align: 'left' | 'right'
}

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
  /** The document's root structure element; sections hang from it. */
  readonly root: Struct
  y: number

  constructor(doc: PDFKit.PDFDocument, margins: { top: number; bottom: number; side: number }) {
    this.doc = doc
    this.left = margins.side
    this.right = doc.page.width - margins.side
    this.top = margins.top
    this.bottom = doc.page.height - margins.bottom
    this.y = this.top
    this.root = doc.struct('Document')
    doc.addStructure(this.root)
  }

  get width(): number {
    return this.right - this.left
  }

  /** Starts a new page and puts the cursor at its top. */
  newPage(): void {
    this.doc.addPage()
    this.y = this.top
  }

  /** True when the cursor is at the top of a page (nothing drawn below the margin yet). */
  get atTop(): boolean {
    return this.y <= this.top + 0.5
  }

  /** Moves to a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (!this.atTop && this.y + height > this.bottom) this.newPage()
  }

  space(points: number): void {
    this.y = Math.min(this.y + points, this.bottom)
  }

  lineHeight(style: TextStyle): number {
    return style.size * 1.2 + style.lineGap
  }

  private use(style: TextStyle): void {
    this.doc.font(style.font).fontSize(style.size).fillColor(style.color)
  }

  /** Word-wraps text to a width; keeps the text's own line breaks; breaks words longer than a line. */
  wrap(text: string, style: TextStyle, width: number): string[] {
    this.use(style)
    const lines: string[] = []
    for (const paragraph of pdfSafe(text).split('\n')) {
      let line = ''
      for (const word of paragraph.split(/ +/).filter((w) => w !== '')) {
        const candidate = line ? `${line} ${word}` : word
        if (this.doc.widthOfString(candidate) <= width) {
          line = candidate
          continue
        }
        if (line) lines.push(line)
        line = ''
        let rest = word
        while (this.doc.widthOfString(rest) > width && rest.length > 1) {
          const cut = this.longestFit(rest, width)
          lines.push(rest.slice(0, cut))
          rest = rest.slice(cut)
        }
        line = rest
      }
      lines.push(line)
    }
    // Each line but the last keeps a trailing space, so text pulled out of the PDF (by a screen reader
    // or copy and paste) has its words apart where the lines were broken.
    return lines.map((line, i) => (i < lines.length - 1 ? `${line} ` : line))
  }

  /** How many leading characters of `word` fit in `width` (at least one), by binary search. */
  private longestFit(word: string, width: number): number {
    let lo = 1
    let hi = word.length
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2)
      if (this.doc.widthOfString(word.slice(0, mid)) <= width) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  /** Draws one line of already-wrapped text at a point (never page-breaks by itself). */
  drawLine(
    text: string,
    x: number,
    y: number,
    style: TextStyle,
    width: number,
    align: 'left' | 'right' = 'left',
  ): void {
    this.use(style)
    const dx = align === 'right' ? Math.max(0, width - this.doc.widthOfString(text.trimEnd())) : 0
    this.doc.text(text, x + dx, y + style.lineGap / 2, { lineBreak: false })
  }

  /** Draws decoration that a screen reader should skip. */
  artifact(draw: () => void): void {
    this.doc.markContent('Artifact', { type: 'Layout' })
    this.doc.save()
    draw()
    this.doc.restore()
    this.doc.endMarkedContent()
  }

  /** A new structure element under `parent` (e.g. a Sect). */
  group(parent: Struct, tag: string, options?: PDFKit.Mixins.StructureElementOptions): Struct {
    const el = this.doc.struct(tag, options ?? {})
    parent.add(el)
    return el
  }

  /**
   * Flows text as one tagged block (P, H1, LI…), splitting it across pages when it does not fit.
   * `keepWithNext` reserves room for that many points after the block so a heading is never stranded.
   */
  text(
    parent: Struct,
    text: string,
    style: TextStyle,
    options: { tag?: string; indent?: number; gapAfter?: number; keepWithNext?: number } = {},
  ): void {
    const indent = options.indent ?? 0
    const lines = this.wrap(text, style, this.width - indent)
    const lh = this.lineHeight(style)
    // A short block moves to the next page whole; a long one just needs its first two lines here.
    const keep = options.keepWithNext ?? 0
    this.ensureSpace((lines.length <= 4 ? lines.length : 2) * lh + keep)
    const el = this.group(parent, options.tag ?? 'P')
    let i = 0
    while (i < lines.length) {
      if (this.y + lh > this.bottom) this.newPage()
      const fit = Math.max(1, Math.floor((this.bottom - this.y) / lh))
      const chunk = lines.slice(i, i + fit)
      const startY = this.y
      el.add(() => {
        chunk.forEach((line, n) =>
          this.drawLine(line, this.left + indent, startY + n * lh, style, this.width - indent),
        )
      })
      this.y = startY + chunk.length * lh
      i += chunk.length
    }
    el.end()
    this.space(options.gapAfter ?? 0)
  }

  /** A horizontal rule across the text width. */
  rule(color: string, weight = 0.75, gapAfter = 0): void {
    const y = this.y
    this.artifact(() => {
      this.doc
        .moveTo(this.left, y)
        .lineTo(this.right, y)
        .lineWidth(weight)
        .strokeColor(color)
        .stroke()
    })
    this.space(gapAfter)
  }

  /**
   * A labelled line to write on ("Signature: ______"), with what is already known (a name, a date)
   * written on the line.
   */
  writeOnLine(
    parent: Struct,
    label: string,
    style: TextStyle,
    lineColor: string,
    options: { value?: string | null; lineWidth?: number; labelWidth?: number } = {},
  ): void {
    const lh = this.lineHeight(style) + 14
    this.ensureSpace(lh)
    const y = this.y + 12
    const labelWidth = options.labelWidth ?? 90
    const lineWidth = options.lineWidth ?? 260
    const el = this.group(parent, 'P')
    el.add(() => {
      this.drawLine(`${label}:`, this.left, y, style, labelWidth)
      if (options.value)
        this.drawLine(pdfSafe(options.value), this.left + labelWidth + 4, y, style, lineWidth - 8)
    })
    el.end()
    const lineY = y + style.lineGap / 2 + style.size * 1.15
    this.artifact(() => {
      this.doc
        .moveTo(this.left + labelWidth, lineY)
        .lineTo(this.left + labelWidth + lineWidth, lineY)
        .lineWidth(0.75)
        .strokeColor(lineColor)
        .stroke()
    })
    this.y = this.y + lh
  }

  /**
   * A table that breaks across pages, repeating its header row on each new page (pdf/table.ts).
   */
  table(
    parent: Struct,
    columns: readonly Column[],
    rows: readonly (readonly Cell[])[],
    options: TableOptions,
  ): void {
    drawTable(this, parent, columns, rows, options)
  }

  /**
   * Draws something on every page after the content is laid out (footers: "Page n of m"). Needs
   * `bufferPages: true`. The callback gets the 1-based page number and the page count.
   */
  everyPage(draw: (page: number, pages: number) => void): void {
    const range = this.doc.bufferedPageRange()
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i)
      const margins = this.doc.page.margins
      const bottom = margins.bottom
      margins.bottom = 0
      this.doc.markContent('Artifact', { type: 'Pagination' })
      draw(i + 1, range.count)
      this.doc.endMarkedContent()
      margins.bottom = bottom
    }
  }

  /** Draws one line of text at a point, for footers (call inside `everyPage`). */
  label(
    text: string,
    x: number,
    y: number,
    style: TextStyle,
    width: number,
    align: 'left' | 'right' = 'left',
  ): void {
    this.drawLine(pdfSafe(text), x, y, style, width, align)
  }
}
