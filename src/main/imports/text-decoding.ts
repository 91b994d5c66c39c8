import iconv from 'iconv-lite'
import { unreadable } from './file-limits'

/** The encodings an imported text file is read in, in the order they are tried. */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const
export type TextEncoding = (typeof TEXT_ENCODINGS)[number]

export interface DecodedText {
  /** The text, without its byte-order mark. */
  readonly text: string
  readonly encoding: TextEncoding
}

/** Half of a UTF-16 surrogate pair without its other half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const UTF8_BOM = [0xef, 0xbb, 0xbf]
const UTF16LE_BOM = [0xff, 0xfe]
const UTF16BE_BOM = [0xfe, 0xff]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b)
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

/**
 * True when NUL bytes sit in every other place, as in UTF-16 text of mostly Latin letters: a file
 * saved as "Unicode text" whose byte-order mark was lost. Said so, rather than "binary data".
 */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 4096) & ~1
  if (sample < 4) return false
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul += 1
    if (bytes[i + 1] === 0) oddNul += 1
  }
  const pairs = sample / 2
  return (
    (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) ||
    (evenNul > pairs * 0.4 && oddNul < pairs * 0.05)
  )
}

function decodeUtf16(
  file: string,
  bytes: Uint8Array,
  encoding: 'utf-16le' | 'utf-16be',
  as: string,
): string {
  const body = bytes.subarray(2)
  if (body.length % 2 !== 0)
    throw unreadable(file, 'it ends in the middle of a UTF-16 character', as)
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.length), encoding, {
    stripBOM: false,
  })
  if (LONE_SURROGATE.test(text)) throw unreadable(file, 'it has broken UTF-16 characters', as)
  return text
}

/**
 * Decodes a text file someone chose to import (people as CSV now; bank statements as CSV, OFX and QIF
 * next). Spreadsheet programs on Windows save text in one of three ways, tried in this order:
 * - UTF-8, with a byte-order mark ("CSV UTF-8") or without: taken when the bytes are valid UTF-8;
 * - UTF-16 with a byte-order mark, little- or big-endian (Excel's "Unicode text", tab-separated);
 * - Windows-1252 (plain "CSV" on a UK Windows PC): anything else, since every byte means something.
 *
 * Windows-1252 goes through iconv-lite because Node 20's `TextDecoder('windows-1252')` is really
 * ISO-8859-1: it turns the curly apostrophe 0x92 into the control character U+0092, so "O’Connor"
 * was stored as "O\u0092Connor" and search could not find it. (iconv-lite gives the five bytes that
 * Windows-1252 leaves undefined, 0x81 0x8D 0x8F 0x90 0x9D, as U+FFFD where WHATWG gives C1 controls;
 * neither is a character anyone typed, and U+FFFD at least shows.)
 *
 * Refuses with IMPORT.UNREADABLE, naming the file: NUL characters (binary data, or UTF-16 that lost
 * its byte-order mark), a UTF-8 byte-order mark followed by bytes that are not UTF-8, and UTF-16 with
 * an odd number of bytes or a broken surrogate pair. Nothing is silently replaced. `as` names what
 * the importer expected, for the message ("people.csv could not be read as a spreadsheet: …").
 */
export function decodeText(file: string, bytes: Uint8Array, as = 'text'): DecodedText {
  let decoded: DecodedText
  if (startsWith(bytes, UTF8_BOM)) {
    const text = strictUtf8(bytes.subarray(3))
    if (text === null) {
      throw unreadable(file, 'it says it is UTF-8 but has bytes that are not UTF-8', as)
    }
    decoded = { text, encoding: 'utf-8' }
  } else if (startsWith(bytes, UTF16LE_BOM)) {
    decoded = { text: decodeUtf16(file, bytes, 'utf-16le', as), encoding: 'utf-16le' }
  } else if (startsWith(bytes, UTF16BE_BOM)) {
    decoded = { text: decodeUtf16(file, bytes, 'utf-16be', as), encoding: 'utf-16be' }
  } else {
    const text = strictUtf8(bytes)
    decoded =
      text !== null
        ? { text, encoding: 'utf-8' }
        : {
            text: iconv.decode(
              Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
              'windows-1252',
            ),
            encoding: 'windows-1252',
          }
  }
  if (decoded.text.includes('\u0000')) {
    throw unreadable(
      file,
      looksLikeUtf16WithoutBom(bytes)
        ? 'it looks like “Unicode text” that lost its byte-order mark; save it again as “CSV UTF-8”'
        : 'it contains binary data, not text',
      as,
    )
  }
  return decoded
}
