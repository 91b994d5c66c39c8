/** Importing people from CSV and XLSX files: preview every row with its problems, then all or nothing. */
export { importsHandlers } from './imports-handlers'
export { readSpreadsheet } from './spreadsheet-reader'
