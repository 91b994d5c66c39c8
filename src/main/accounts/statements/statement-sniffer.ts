import { unreadable } from '../../imports'
import type { StatementFormat } from './statement-types'

const EXTENSIONS: Readonly<Record<string, StatementFormat>> = {
  csv: 'csv',
  txt: 'csv',
  tsv: 'csv',
  ofx: 'ofx',
  qfx: 'ofx',
  qbo: 'ofx',
  qif: 'qif',
  xml: 'camt',
  '053': 'camt',
}

/** Files people pick by mistake, by their first bytes: named so the message can say what they are. */
const MAGIC: readonly { readonly bytes: readonly number[]; readonly what: string }[] = [
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: 'it is a PDF; download the statement as CSV, OFX or QIF instead',
  },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'it is an Excel workbook or a zip file; save it as CSV first',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'it is an older Excel .xls workbook; save it as CSV first',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'it is a picture (PNG), not a statement' },
  { bytes: [0xff, 0xd8, 0xff], what: 'it is a picture (JPEG), not a statement' },
]

/** Refuses a file that is not text at all, whatever its name says, before any reader sees it. */
export function refuseBinary(file: string, bytes: Uint8Array): void {
  for (const { bytes: magic, what } of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) throw unreadable(file, what, 'a bank statement')
  }
}

/**
 * Which reader a file needs, from its first few kilobytes of text and then its name. Content wins
 * over the name: banks name OFX files `.qbo` or `.txt`, and people rename things. A text that none
 * of OFX, CAMT and QIF recognises is read as CSV. The user can always override the choice.
 */
export function sniffFormat(fileName: string, text: string): StatementFormat {
  const head = text.slice(0, 4096).replace(/^\s+/, '')
  if (/^OFXHEADER\s*:/i.test(head) || /<OFX>/i.test(head) || /<\?OFX\s/i.test(head)) return 'ofx'
  if (/^<\?xml/i.test(head) || head.startsWith('<')) {
    if (/camt\.05\d|<(\w+:)?BkToCstmr/i.test(head)) return 'camt'
  }
  if (/^!(Type|Account|Option)\b/i.test(head)) return 'qif'
  const extension = /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase()
  const byName = extension ? EXTENSIONS[extension] : undefined
  return byName === 'csv' || byName === undefined ? 'csv' : byName
}
