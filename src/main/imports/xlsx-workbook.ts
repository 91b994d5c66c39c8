import { posix } from 'node:path'
import { AppFailure } from '../../shared/result'
import { type FileLimits, tooBig, unreadable } from './file-limits'
import { type XmlHandlers, xmlFeed } from './xml-events'
import type { ZipParts } from './zip-parts'

/**
 * The parts of an XLSX around its first sheet, found the way the Open Packaging Conventions say
 * (relationships, not guessed file names): the workbook, its first worksheet, the shared strings,
 * and which cell styles are dates.
 */
export interface WorkbookParts {
  readonly sheetName: string
  readonly sheetPart: string
  /** Texts cells of type "s" point to by index. */
  readonly sharedStrings: readonly string[]
  /** Indexes of cell styles (`<c s="…">`) whose number format shows a date. */
  readonly dateStyles: ReadonlySet<number>
  /** Serial 0 is 1904-01-01 instead of 1899-12-30 (workbooks from old Macs). */
  readonly date1904: boolean
}

/** Streams one part through a SAX parser. */
export async function readXmlPart(
  zip: ZipParts,
  file: string,
  part: string,
  limits: FileLimits,
  handlers: XmlHandlers,
): Promise<void> {
  const feed = xmlFeed(file, part, limits, handlers)
  await zip.readText(part, (text) => feed.write(text))
  feed.end()
}

interface Relationship {
  readonly id: string
  readonly type: string
  readonly target: string
}

/** `_rels/.rels` for the package, `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`)
}

async function readRelationships(
  zip: ZipParts,
  file: string,
  part: string,
  limits: FileLimits,
): Promise<Relationship[]> {
  const relsPart = relsPartOf(part)
  if (!zip.has(relsPart)) return []
  const found: Relationship[] = []
  const base = posix.dirname(part)
  await readXmlPart(zip, file, relsPart, limits, {
    open(name, a) {
      if (name !== 'Relationship' || !a.Target || a.TargetMode === 'External') return
      const target = a.Target.startsWith('/')
        ? a.Target.slice(1)
        : posix.normalize(posix.join(base, a.Target))
      found.push({ id: a.Id ?? '', type: a.Type ?? '', target })
    },
  })
  return found
}

/** Relationship types end with their kind; transitional and strict OOXML differ only before it. */
function ofType(rels: readonly Relationship[], kind: string): Relationship | undefined {
  return rels.find((r) => r.type.endsWith(`/${kind}`))
}

/** Excel's built-in number formats that show a date or time. */
function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  )
}

/** A custom format shows a date when, outside quoted text, escapes and [colour] codes, it has d, m, y, h or s. */
export function isDateFormatCode(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
  return /[dmyhs]/i.test(bare)
}

async function readDateStyles(
  zip: ZipParts,
  file: string,
  part: string | undefined,
  limits: FileLimits,
): Promise<Set<number>> {
  const dates = new Set<number>()
  if (!part || !zip.has(part)) return dates
  const customDates = new Set<number>()
  let inCellXfs = false
  let index = 0
  await readXmlPart(zip, file, part, limits, {
    open(name, a) {
      if (name === 'numFmt' && isDateFormatCode(a.formatCode ?? '')) {
        customDates.add(Number(a.numFmtId))
      } else if (name === 'cellXfs') {
        inCellXfs = true
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0)
        if (isBuiltInDateFormat(id) || customDates.has(id)) dates.add(index)
        index += 1
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false
    },
  })
  return dates
}

/**
 * Shared strings: each `<si>` is one text, plain (`<t>`) or rich (runs of `<r><t>`); phonetic
 * guides (`<rPh>`) are not part of the text. Counted against the limits as they are read.
 */
async function readSharedStrings(
  zip: ZipParts,
  file: string,
  part: string | undefined,
  limits: FileLimits,
): Promise<string[]> {
  const strings: string[] = []
  if (!part || !zip.has(part)) return strings
  let inItem = false
  let inText = false
  let phonetic = 0
  let pieces: string[] = []
  let length = 0
  let total = 0
  await readXmlPart(zip, file, part, limits, {
    open(name) {
      if (name === 'si') {
        inItem = true
        pieces = []
        length = 0
      } else if (name === 'rPh') phonetic += 1
      else if (name === 't' && inItem && phonetic === 0) inText = true
    },
    text(text) {
      if (!inText) return
      length += text.length
      total += text.length
      // A shared text longer than a cell can hold can never be imported; refuse it now.
      if (length > limits.maxCellChars) throw tooBig(file, limits, 'maxCellChars')
      if (total > limits.maxTextChars) throw tooBig(file, limits, 'maxTextChars')
      pieces.push(text)
    },
    close(name) {
      if (name === 't') inText = false
      else if (name === 'rPh') phonetic -= 1
      else if (name === 'si' && inItem) {
        inItem = false
        if (strings.length >= limits.maxCells) throw tooBig(file, limits, 'maxCells')
        strings.push(pieces.join(''))
      }
    },
  })
  return strings
}

/** Finds the first worksheet (in tab order, visible if any is) and reads what its cells refer to. */
export async function readWorkbookParts(
  zip: ZipParts,
  file: string,
  limits: FileLimits,
): Promise<WorkbookParts> {
  const packageRels = await readRelationships(zip, file, '', limits)
  const workbookPart = ofType(packageRels, 'officeDocument')?.target ?? 'xl/workbook.xml'
  if (!zip.has(workbookPart)) {
    throw unreadable(file, 'it is a zip file but not an XLSX workbook')
  }
  const sheets: { name: string; rid: string; hidden: boolean }[] = []
  let date1904 = false
  await readXmlPart(zip, file, workbookPart, limits, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true'
      if (name !== 'sheet') return
      const ridKey = Object.keys(a).find((k) => k.endsWith(':id'))
      sheets.push({
        name: a.name ?? '',
        rid: ridKey ? (a[ridKey] ?? '') : '',
        hidden: a.state === 'hidden' || a.state === 'veryHidden',
      })
    },
  })
  const rels = await readRelationships(zip, file, workbookPart, limits)
  const worksheets = sheets.flatMap((sheet) => {
    const rel = rels.find((r) => r.id === sheet.rid && r.type.endsWith('/worksheet'))
    return rel && zip.has(rel.target) ? [{ ...sheet, part: rel.target }] : []
  })
  const first = worksheets.find((s) => !s.hidden) ?? worksheets[0]
  if (!first) throw new AppFailure('IMPORT.EMPTY', `${file} has no worksheets.`, { file })
  return {
    sheetName: first.name,
    sheetPart: first.part,
    dateStyles: await readDateStyles(zip, file, ofType(rels, 'styles')?.target, limits),
    sharedStrings: await readSharedStrings(
      zip,
      file,
      ofType(rels, 'sharedStrings')?.target,
      limits,
    ),
    date1904,
  }
}
