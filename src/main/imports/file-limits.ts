import { AppFailure } from '../../shared/result'

/**
 * How much of an untrusted file an importer will read. Every limit is checked WHILE reading, so a
 * hostile file (a zip bomb, a million columns, one enormous cell) is refused as soon as it passes a
 * limit, before it can fill memory. Each importer picks its own numbers (people now, bank statements
 * next); the readers take them as a parameter so benchmarks can raise them.
 */
export interface FileLimits {
  /** The file as uploaded, in bytes. */
  readonly maxFileBytes: number
  /** Data rows under the heading row; empty rows are not counted. */
  readonly maxRows: number
  /** Columns, counted to the last cell with a value in any row. */
  readonly maxColumns: number
  /**
   * Cells kept, counting each row to its last value. Bounds memory when rows and columns are both
   * near their limits (50,000 rows × 1,000 columns would be 50 million cells).
   */
  readonly maxCells: number
  /** Characters in one cell. */
  readonly maxCellChars: number
  /** Characters in all cells together: an XLSX can repeat one long shared text in every cell. */
  readonly maxTextChars: number
  /** Files inside a zip (an XLSX is a zip of XML parts), from its central directory. */
  readonly maxZipEntries: number
  /** Bytes unpacked from a zip, over all the parts read: declared before unpacking, and counted. */
  readonly maxInflatedBytes: number
  /**
   * How many times its packed size a zip part may unpack to (past its first megabyte): declared
   * before unpacking, and measured while unpacking. Real workbooks' XML packs 5 to 30 times;
   * a bomb packs about 1,000 times. Apache POI refuses the same way, at the same 100.
   */
  readonly maxCompressionRatio: number
}

const MB = 1_000_000

/**
 * The people importer's limits. 15 MB matches the contract's cap on an upload (20,000,000 base64
 * characters); 32,767 characters is Excel's own limit for a cell; 200 MB of XML is about 13 times
 * the largest upload, more than any real workbook of 50,000 rows needs.
 */
export const PEOPLE_IMPORT_LIMITS: FileLimits = {
  maxFileBytes: 15 * MB,
  maxRows: 50_000,
  maxColumns: 1_000,
  maxCells: 2_500_000,
  maxCellChars: 32_767,
  maxTextChars: 16_000_000,
  maxZipEntries: 10_000,
  maxInflatedBytes: 200 * MB,
  maxCompressionRatio: 100,
}

/** Which limit a file passed; stable names for `details.limit`. */
export type LimitName = keyof FileLimits

/** "50,000" (the messages are read aloud: digits grouped, as people write them). */
export function formatCount(n: number): string {
  return n.toLocaleString('en-GB')
}

function formatMb(bytes: number): string {
  return `${formatCount(Math.round(bytes / MB))} MB`
}

const MESSAGES: Record<LimitName, (file: string, limit: number) => string> = {
  maxFileBytes: (f, n) => `${f} is larger than ${formatMb(n)}; split it into smaller files.`,
  maxRows: (f, n) =>
    `${f} has more than ${formatCount(n)} rows; import at most ${formatCount(n)} at a time.`,
  maxColumns: (f, n) =>
    `${f} has more than ${formatCount(n)} columns; import files with at most ${formatCount(n)}.`,
  maxCells: (f, n) =>
    `${f} has more than ${formatCount(n)} cells; split it into files with fewer rows.`,
  maxCellChars: (f, n) =>
    `${f} has more than ${formatCount(n)} characters in one cell; a cell can hold at most ${formatCount(n)}.`,
  maxTextChars: (f, n) =>
    `${f} holds more than ${formatCount(n)} characters of text; split it into smaller files.`,
  maxZipEntries: (f, n) =>
    `${f} holds more than ${formatCount(n)} parts inside it; a workbook to import can have at most ${formatCount(n)}.`,
  maxInflatedBytes: (f, n) =>
    `${f} unpacks to more than ${formatMb(n)}; split it into smaller files.`,
  maxCompressionRatio: (f, n) =>
    `${f} unpacks to more than ${formatCount(n)} times its size, which no real workbook does; save it again from Excel, or export it as CSV.`,
}

/** The refusal for a file over one of its limits: names the file and the limit, stores nothing. */
export function tooBig(file: string, limits: FileLimits, limit: LimitName): AppFailure {
  return new AppFailure('IMPORT.TOO_BIG', MESSAGES[limit](file, limits[limit]), {
    file,
    limit,
    max: limits[limit],
  })
}

/** Refuses a file over `maxFileBytes` before anything else reads it. */
export function checkFileSize(file: string, bytes: Uint8Array, limits: FileLimits): void {
  if (bytes.length > limits.maxFileBytes) throw tooBig(file, limits, 'maxFileBytes')
}

/**
 * The refusal for a file that is not what its name says, or is damaged. `why` completes
 * "people.csv could not be read as a spreadsheet: …" (`as` names what the importer expected).
 */
export function unreadable(file: string, why: string, as = 'a spreadsheet'): AppFailure {
  return new AppFailure('IMPORT.UNREADABLE', `${file} could not be read as ${as}: ${why}.`, {
    file,
  })
}
