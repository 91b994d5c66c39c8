import { type ZipEntryInput, zipFile } from './zip-writer'

/**
 * Minimal XLSX workbooks written by hand, for tests that need what Excel never writes (a sheet that
 * inflates to gigabytes, lying sizes, 100,000 columns) or a cell exactly as given. Real workbooks
 * in tests come from exceljs.
 */

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const SHEET_PART = 'xl/worksheets/sheet1.xml'

export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot' }[c]};`)
}

/** "A", "B", …, "Z", "AA": the letters of a 0-based column. */
export function columnLetters(index: number): string {
  let n = index + 1
  let letters = ''
  while (n > 0) {
    const r = (n - 1) % 26
    letters = String.fromCharCode(65 + r) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

/** One `<row>` of inline-string cells. */
export function rowXml(rowNumber: number, cells: readonly string[]): string {
  const xml = cells
    .map((text, c) =>
      text === ''
        ? ''
        : `<c r="${columnLetters(c)}${rowNumber}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
    )
    .join('')
  return `<row r="${rowNumber}">${xml}</row>`
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${NS}"><sheetData>`
export const SHEET_TAIL = '</sheetData></worksheet>'

/** The sheet XML for `rows` of inline text. */
export function sheetXml(rows: readonly (readonly string[])[]): string {
  return SHEET_HEAD + rows.map((cells, i) => rowXml(i + 1, cells)).join('') + SHEET_TAIL
}

export interface WorkbookOptions {
  readonly sheetName?: string
  /** The XML of xl/sharedStrings.xml, linked from the workbook when given. */
  readonly sharedStrings?: string
  /** The XML of xl/styles.xml, linked from the workbook when given. */
  readonly styles?: string
  /** `<workbookPr date1904="1"/>`. */
  readonly date1904?: boolean
}

/** The parts around one sheet: content types, relationships, the workbook, shared strings, styles. */
export function workbookParts(options: WorkbookOptions = {}): ZipEntryInput[] {
  const text = (name: string, xml: string): ZipEntryInput => ({ name, data: Buffer.from(xml) })
  const rel = (id: string, kind: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL}/${kind}" Target="${target}"/>`
  const relationships = [
    rel('rId1', 'worksheet', 'worksheets/sheet1.xml'),
    options.sharedStrings === undefined
      ? ''
      : rel('rId2', 'sharedStrings', '/xl/sharedStrings.xml'),
    options.styles === undefined ? '' : rel('rId3', 'styles', 'styles.xml'),
  ].join('')
  const parts = [
    text(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${SHEET_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    text(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel('rId1', 'officeDocument', 'xl/workbook.xml')}</Relationships>`,
    ),
    text(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="${escapeXml(options.sheetName ?? 'People')}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    text(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    ),
  ]
  if (options.sharedStrings !== undefined)
    parts.push(text('xl/sharedStrings.xml', options.sharedStrings))
  if (options.styles !== undefined) parts.push(text('xl/styles.xml', options.styles))
  return parts
}

/**
 * An XLSX whose first sheet is `sheet`: rows of inline text, or the sheet part's own zip entry
 * (its XML as `data`, or a bomb as `deflated`, with sizes that may lie).
 */
export function xlsxFile(
  sheet: readonly (readonly string[])[] | Omit<ZipEntryInput, 'name'>,
  options: WorkbookOptions = {},
): Buffer {
  const entry: ZipEntryInput = Array.isArray(sheet)
    ? { name: SHEET_PART, data: Buffer.from(sheetXml(sheet as string[][])) }
    : { ...(sheet as Omit<ZipEntryInput, 'name'>), name: SHEET_PART }
  return zipFile([...workbookParts(options), entry])
}
