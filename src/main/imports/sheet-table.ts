import { AppFailure } from '../../shared/result'
import { escapeUnprintable } from '../../shared/unsafe-characters'
import { type FileLimits, tooBig } from './file-limits'

export interface Sheet {
  readonly sheetName: string | null
  readonly headings: string[]
  /**
   * Data rows (after the heading row), as trimmed text. A row stops at its last value: a cell past
   * its end is empty (`row[c] ?? ''`). No row is longer than `headings`.
   */
  readonly rows: string[][]
}

/**
 * A copy of `text` that does not keep the reader's buffer alive. Readers hand over slices of what
 * they parsed (V8 keeps a slice of 13 characters or more as a view of its parent), so keeping 50,000
 * rows of slices kept every chunk of the file's XML or text too: 65 MB for 4 MB of cells. Prefixing
 * and slicing again makes V8 copy the characters into a string of their own.
 */
function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1)
}

/**
 * A heading as a label on one line that is safe to show and to send back in a column mapping: line
 * breaks (Excel's Alt+Enter) and other spaces as one space, anything unprintable written out as a
 * visible escape (see `escapeUnprintable`). Headings only name columns, so this changes no data.
 */
function headingLabel(text: string): string {
  return escapeUnprintable(text.replace(/\s+/g, ' ').trim(), { keepLineBreaks: false })
}

/**
 * Collects a sheet's rows as a reader finds them, one cell at a time, and checks the file's limits
 * as it goes, so a reader can stop at the first cell over a limit instead of after reading it all.
 * The first row with a value is the heading row; rows with no value are skipped (not counted).
 */
export class SheetTable {
  private readonly kept: string[][] = []
  private current: string[] = []
  private currentHasValue = false
  private width = 0
  private cells = 0
  private chars = 0

  constructor(
    private readonly file: string,
    private readonly limits: FileLimits,
  ) {}

  /** Refuses a cell's text once it passes `maxCellChars`; readers building a long cell call it early. */
  checkCellLength(length: number): void {
    if (length > this.limits.maxCellChars) throw tooBig(this.file, this.limits, 'maxCellChars')
  }

  /** Sets cell `column` (0-based) of the row being read. Empty text is skipped. */
  cell(column: number, raw: string): void {
    this.checkCellLength(raw.length)
    const text = detached(raw.trim())
    if (text === '') return
    if (column >= this.limits.maxColumns) throw tooBig(this.file, this.limits, 'maxColumns')
    this.chars += text.length
    if (this.chars > this.limits.maxTextChars) throw tooBig(this.file, this.limits, 'maxTextChars')
    const before = this.current.length
    if (column >= before) {
      // Rows count to their last value: cells between are stored as empty and are counted.
      this.cells += column + 1 - before
      if (this.cells > this.limits.maxCells) throw tooBig(this.file, this.limits, 'maxCells')
      for (let c = before; c < column; c++) this.current.push('')
      this.current.push(text)
    } else {
      this.current[column] = text
    }
    this.currentHasValue = true
  }

  /** Ends the row being read: kept if it has a value, and counted against `maxRows`. */
  endRow(): void {
    if (this.currentHasValue) {
      // The heading row is not a data row.
      if (this.kept.length > this.limits.maxRows) throw tooBig(this.file, this.limits, 'maxRows')
      this.kept.push(this.current)
      this.width = Math.max(this.width, this.current.length)
    }
    this.current = []
    this.currentHasValue = false
  }

  /** A whole row at once (CSV). */
  addRow(cells: readonly string[]): void {
    for (const [column, text] of cells.entries()) this.cell(column, text)
    this.endRow()
  }

  /**
   * The sheet: headings from the first row (blank ones named "Column N", repeats numbered "Name (2)"),
   * as many as the widest row. Refuses a sheet with no data row under its headings.
   */
  finish(sheetName: string | null): Sheet {
    const [headingRow, ...rows] = this.kept
    if (!headingRow || rows.length === 0) {
      throw new AppFailure(
        'IMPORT.EMPTY',
        `${this.file} has no rows of people under a heading row.`,
        {
          file: this.file,
        },
      )
    }
    const headings = Array.from(
      { length: this.width },
      (_, i) => (headingRow[i] && headingLabel(headingRow[i])) || `Column ${i + 1}`,
    )
    // Headings key the column mapping, so each must be unique, even against a heading that
    // already reads "Name (2)".
    const used = new Set<string>()
    const unique = headings.map((h) => {
      let name = h
      for (let n = 2; used.has(name); n++) name = `${h} (${n})`
      used.add(name)
      return name
    })
    return { sheetName, headings: unique, rows }
  }
}
