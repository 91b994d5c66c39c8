import type { ColumnMapping } from './csv-mapping'

/**
 * The CSV layouts UK banks' online banking exports, recognised by their heading row. A layout is a
 * `ColumnMapping` plus the full heading row that identifies it (or none, for a file with no
 * headings). Where a source was found it is named; where none was, the layout says so, and the
 * user can always choose a layout or map the columns themselves.
 */
export interface BankLayout {
  readonly id: string
  readonly bank: string
  /** Every heading in the export's heading row, in order; empty for a file with no headings. */
  readonly headings: readonly string[]
  readonly mapping: ColumnMapping
}

export const BANK_LAYOUTS: readonly BankLayout[] = [
  {
    // Lloyds (and Halifax and Bank of Scotland, same platform) personal and business "Export
    // transactions" as CSV: newest first, dd/mm/yyyy, debit and credit columns, a running balance,
    // the sort code written `'30-00-00` so Excel keeps it as text. Sources: the heading row and
    // sample lines in several open-source statement importers (GitHub code search for the heading
    // row, 2026), and Lloyds' "Balances & Transactions CSV export guide" for the field meanings.
    id: 'lloyds',
    bank: 'Lloyds Bank',
    headings: [
      'Transaction Date',
      'Transaction Type',
      'Sort Code',
      'Account Number',
      'Transaction Description',
      'Debit Amount',
      'Credit Amount',
      'Balance',
    ],
    mapping: {
      name: 'lloyds',
      date: 'Transaction Date',
      description: 'Transaction Description',
      paidIn: 'Credit Amount',
      paidOut: 'Debit Amount',
      balance: 'Balance',
      memo: 'Transaction Type',
      sortCode: 'Sort Code',
      accountNumber: 'Account Number',
      dateOrder: 'dmy',
    },
  },
  {
    // Barclays online banking "Export" as CSV: `Number` (usually blank or a cheque number), dd/mm/
    // yyyy, the account as "20-00-00 12345678", a signed amount, and the payee and reference in
    // `Memo` (padded with spaces, sometimes a tab). No balance. Newest first. Sources: sample files
    // in open-source budgeting tools' tests (GitHub code search for the heading row, 2026).
    id: 'barclays',
    bank: 'Barclays',
    headings: ['Number', 'Date', 'Account', 'Amount', 'Subcategory', 'Memo'],
    mapping: {
      name: 'barclays',
      date: 'Date',
      description: 'Memo',
      amount: 'Amount',
      memo: 'Subcategory',
      accountNumber: 'Account',
      dateOrder: 'dmy',
    },
  },
  {
    // NatWest, Royal Bank of Scotland and Ulster Bank (one platform) "Download transactions" as
    // CSV: often a blank first line, headings padded with a leading space, dates as `04 Apr 2025`
    // (older files dd/mm/yyyy), a signed `Value`, a running balance, and the account as
    // `'600000-12345678`. Newest first. Sources: open-source importers' NatWest parsers and their
    // sample files (GitHub code search for the heading row, 2026).
    id: 'natwest',
    bank: 'NatWest / RBS',
    headings: ['Date', 'Type', 'Description', 'Value', 'Balance', 'Account Name', 'Account Number'],
    mapping: {
      name: 'natwest',
      date: 'Date',
      description: 'Description',
      amount: 'Value',
      balance: 'Balance',
      memo: 'Type',
      accountNumber: 'Account Number',
      dateOrder: 'dmy',
    },
  },
  {
    // HSBC UK personal online banking "Download" as CSV: no heading row at all, three columns
    // (date dd/mm/yyyy, description, signed amount that may carry `£` and thousands separators).
    // Newest first. Sources: open-source importers' HSBC UK parsers and their sample files (GitHub
    // code search, 2026). Recognised by its shape: three columns, a date, text, an amount.
    id: 'hsbc',
    bank: 'HSBC UK',
    headings: [],
    mapping: { name: 'hsbc', date: 1, description: 2, amount: 3, dateOrder: 'dmy' },
  },
  {
    // Santander UK online banking offers its statement as text, Excel or (for business accounts)
    // CSV; the CSV's heading row here is taken from converters that target Santander's two-column
    // layout ("Money in" / "Money out" and a balance). No sample export from Santander itself was
    // found: treat this layout as provisional, and map the columns if a file differs.
    id: 'santander',
    bank: 'Santander UK',
    headings: ['Date', 'Description', 'Money in', 'Money out', 'Balance'],
    mapping: {
      name: 'santander',
      date: 'Date',
      description: 'Description',
      paidIn: 'Money in',
      paidOut: 'Money out',
      balance: 'Balance',
      dateOrder: 'dmy',
    },
  },
  {
    // Nationwide Building Society "Download transactions" as CSV: three or four preamble lines
    // ("Account Name:", "Account Balance:", "Available Balance:"), a blank line, then the headings;
    // dates `04 Apr 2025`, amounts with `£`, written in Windows-1252 (the `£` is byte A3), oldest
    // first. Sources: open-source importers' Nationwide parsers and sample files (GitHub code search
    // for the heading row, 2026), and Nationwide's statement guide for the column meanings.
    id: 'nationwide',
    bank: 'Nationwide',
    headings: ['Date', 'Transaction type', 'Description', 'Paid out', 'Paid in', 'Balance'],
    mapping: {
      name: 'nationwide',
      date: 'Date',
      description: 'Description',
      paidIn: 'Paid in',
      paidOut: 'Paid out',
      balance: 'Balance',
      memo: 'Transaction type',
      dateOrder: 'dmy',
    },
  },
  {
    // The Co-operative Bank (and smile) personal "Export" as CSV: dd/mm/yyyy, money in and out in
    // two columns, a running balance, newest first. Source: The Income Tracker's Co-operative Bank
    // CSV guide as quoted by an open-source converter, and smile importers on GitHub (2026).
    id: 'coop',
    bank: 'Co-operative Bank',
    headings: ['Date', 'Description', 'Type', 'Money In', 'Money Out', 'Balance'],
    mapping: {
      name: 'coop',
      date: 'Date',
      description: 'Description',
      paidIn: 'Money In',
      paidOut: 'Money Out',
      balance: 'Balance',
      memo: 'Type',
      dateOrder: 'dmy',
    },
  },
  {
    // Unity Trust Bank internet banking transaction export. No public sample or specification was
    // found (searched docs, pages and code, 2026); these headings follow the debit / credit /
    // balance layout Unity's statements print. Provisional: a file that differs is reported as an
    // unknown layout, and the user maps its columns once and saves the mapping.
    id: 'unity',
    bank: 'Unity Trust Bank',
    headings: ['Date', 'Type', 'Description', 'Debit', 'Credit', 'Balance'],
    mapping: {
      name: 'unity',
      date: 'Date',
      description: 'Description',
      paidIn: 'Credit',
      paidOut: 'Debit',
      balance: 'Balance',
      memo: 'Type',
      dateOrder: 'dmy',
    },
  },
  {
    // CAF Bank (Charities Aid Foundation) CAF Online transaction export. No public sample or
    // specification was found (searched docs, pages and code, 2026); these headings follow the
    // narrative / debit / credit / balance layout CAF Bank's statements print. Provisional, as
    // for Unity Trust Bank.
    id: 'caf',
    bank: 'CAF Bank',
    headings: ['Date', 'Narrative', 'Debit', 'Credit', 'Balance'],
    mapping: {
      name: 'caf',
      date: 'Date',
      description: 'Narrative',
      paidIn: 'Credit',
      paidOut: 'Debit',
      balance: 'Balance',
      dateOrder: 'dmy',
    },
  },
]

export function bankLayout(id: string): BankLayout | undefined {
  return BANK_LAYOUTS.find((layout) => layout.id === id)
}
