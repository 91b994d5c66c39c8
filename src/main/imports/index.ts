/** Importing people from CSV and XLSX files: preview every row with its problems, then all or nothing. */
export { importsHandlers } from './imports-handlers'
export { readSpreadsheet } from './spreadsheet-reader'
// The bank-statement readers (accounts area) decode and limit files the same way.
export { decodeText, type DecodedText } from './text-decoding'
export { checkFileSize, type FileLimits, formatCount, tooBig, unreadable } from './file-limits'
