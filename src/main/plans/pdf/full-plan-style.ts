/** Colours, type styles and table settings of the full printable plan. */
import { formatDate } from '../../../shared/dates'
import { formatPence } from '../../../shared/money'
import type { Column, TableOptions, TextStyle } from './layout'
import { capitalise } from './text'

export const INK = '#1b1b1b'
export const MUTED = '#4d545c'
export const ACCENT = '#1d4f7c'
export const RULE = '#9fb3c8'

export const S = {
  org: { font: 'Helvetica-Bold', size: 10, color: MUTED, lineGap: 1 },
  title: { font: 'Helvetica-Bold', size: 22, color: ACCENT, lineGap: 2 },
  name: { font: 'Helvetica-Bold', size: 15, color: INK, lineGap: 2 },
  h1: { font: 'Helvetica-Bold', size: 14, color: ACCENT, lineGap: 2 },
  h2: { font: 'Helvetica-Bold', size: 11, color: INK, lineGap: 2 },
  body: { font: 'Helvetica', size: 10, color: INK, lineGap: 2.5 },
  empty: { font: 'Helvetica-Oblique', size: 10, color: MUTED, lineGap: 2.5 },
  cell: { font: 'Helvetica', size: 8.5, color: INK, lineGap: 1.5 },
  cellHead: { font: 'Helvetica-Bold', size: 8.5, color: INK, lineGap: 1.5 },
  note: { font: 'Helvetica', size: 7.5, color: MUTED, lineGap: 1 },
  footer: { font: 'Helvetica', size: 8, color: MUTED, lineGap: 0 },
} satisfies Record<string, TextStyle>

export const TABLE: TableOptions = {
  body: S.cell,
  headerStyle: S.cellHead,
  noteStyle: S.note,
  stripeFill: '#f5f7fa',
}
export const FIELDS: TableOptions = {
  ...TABLE,
  showHeader: false,
  rowHeaders: true,
  stripeFill: null,
}
export const FIELD_COLUMNS: Column[] = [
  { header: 'Item', width: 32 },
  { header: 'Detail', width: 68 },
]

export const NOT_RECORDED = 'Not recorded yet.'
/** The same, in a table cell (no full stop, like the other cell values). */
export const NOT_RECORDED_CELL = 'Not recorded yet'
export const money = (p: number | null | undefined) =>
  p === null || p === undefined ? NOT_RECORDED_CELL : formatPence(p)
export const date = (d: string | null | undefined, none = 'Not set yet') =>
  d ? formatDate(d) : none
export const likelihood = (v: string | null) => (v ? capitalise(v) : '')
