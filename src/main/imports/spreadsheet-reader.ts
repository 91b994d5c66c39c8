import { readCsvRows } from './csv-reader'
import { checkFileSize, type FileLimits, PEOPLE_IMPORT_LIMITS, unreadable } from './file-limits'
import { type Sheet, SheetTable } from './sheet-table'
import { readWorkbookParts } from './xlsx-workbook'
import { readSheetRows } from './xlsx-sheet'
import { ZipParts } from './zip-parts'

export type { Sheet } from './sheet-table'

/** A zip's local file header: every XLSX starts with one. */
function isZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50
}

/** An OLE compound file: an Excel 97–2003 .xls, or an .xlsx saved with a password. */
function isCompoundFile(bytes: Buffer): boolean {
  return (
    bytes.length >= 8 &&
    bytes.readUInt32BE(0) === 0xd0cf11e0 &&
    bytes.readUInt32BE(4) === 0xa1b11ae1
  )
}

async function readXlsx(name: string, bytes: Buffer, limits: FileLimits): Promise<Sheet> {
  if (isCompoundFile(bytes)) {
    throw unreadable(
      name,
      'it is an older Excel .xls workbook, or one protected with a password; in Excel, remove any password and save it as .xlsx',
    )
  }
  if (!isZip(bytes)) {
    throw unreadable(
      name,
      'it is not a valid XLSX workbook (is it damaged, or a CSV file named .xlsx?)',
    )
  }
  const zip = await ZipParts.open(name, bytes, limits)
  const workbook = await readWorkbookParts(zip, name, limits)
  const table = new SheetTable(name, limits)
  await readSheetRows(zip, name, limits, workbook, table)
  return table.finish(workbook.sheetName)
}

/**
 * Reads the first sheet of an XLSX, or a CSV, into text cells: dates as ISO, rich text as plain
 * text, formulas as their results, errors as empty; the first row with a value is the heading row,
 * empty rows are skipped. Refuses a broken file (IMPORT.UNREADABLE) or one over `limits`
 * (IMPORT.TOO_BIG) with a message naming the file, as soon as it finds out while reading.
 */
export async function readSpreadsheet(
  name: string,
  bytes: Buffer,
  limits: FileLimits = PEOPLE_IMPORT_LIMITS,
): Promise<Sheet> {
  checkFileSize(name, bytes, limits)
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx')) return readXlsx(name, bytes, limits)
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    if (isZip(bytes)) {
      throw unreadable(name, 'it is a zipped file (an XLSX workbook named .csv?), not text')
    }
    const table = new SheetTable(name, limits)
    readCsvRows(name, bytes, table)
    return table.finish(null)
  }
  throw unreadable(name, 'only .csv and .xlsx files can be imported')
}
