/** The bank statement readers: bytes in, a `ParsedStatement` out. The ledger's import uses these. */
export { readStatement, type ReadStatementOptions } from './statement-reader'
export { sniffFormat } from './statement-sniffer'
export { BANK_LAYOUTS, type BankLayout } from './csv-bank-layouts'
export { type ColumnMapping, columnMappingSchema, type ColumnRef } from './csv-mapping'
export { DATE_ORDERS, type DateOrder } from './statement-dates'
export { STATEMENT_LIMITS } from './statement-failures'
export * from './statement-types'
