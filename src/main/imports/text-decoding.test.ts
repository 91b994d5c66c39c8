import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../shared/result'
import { decodeText } from './text-decoding'

/** "O’Connor – “Flat 2” €5 £3" as Windows-1252 saves it: one byte per character. */
const CP1252 = Buffer.from([
  0x4f, 0x92, 0x43, 0x6f, 0x6e, 0x6e, 0x6f, 0x72, 0x20, 0x96, 0x20, 0x93, 0x46, 0x6c, 0x61, 0x74,
  0x20, 0x32, 0x94, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x33,
])
const TEXT = 'O’Connor – “Flat 2” €5 £3'

function refusal(run: () => unknown): AppFailure {
  try {
    run()
  } catch (error) {
    if (error instanceof AppFailure) return error
    throw error
  }
  throw new Error('expected a refusal')
}

function utf16(text: string, endian: 'le' | 'be', bom = true): Buffer {
  const le = Buffer.from(text, 'utf16le')
  const body = endian === 'le' ? le : Buffer.from(le).swap16()
  const mark = endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]
  return bom ? Buffer.concat([Buffer.from(mark), body]) : body
}

describe('decoding an imported text file', () => {
  it('reads Windows-1252 punctuation as the characters typed, not C1 controls', () => {
    const decoded = decodeText('people.csv', CP1252)
    expect(decoded).toEqual({ text: TEXT, encoding: 'windows-1252' })
    expect(decoded.text).not.toMatch(/[\u0080-\u009f]/)
  })

  it('reads UTF-8 with or without its byte-order mark', () => {
    const utf8 = Buffer.from(TEXT, 'utf8')
    expect(decodeText('a.csv', utf8)).toEqual({ text: TEXT, encoding: 'utf-8' })
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])
    expect(decodeText('a.csv', withBom)).toEqual({ text: TEXT, encoding: 'utf-8' })
  })

  it('reads UTF-16 with a byte-order mark, either way round (Excel’s “Unicode text”)', () => {
    const text = `First name\tSurname\nZoë\t${TEXT} 😀`
    expect(decodeText('a.txt', utf16(text, 'le'))).toEqual({ text, encoding: 'utf-16le' })
    expect(decodeText('a.txt', utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' })
  })

  it('refuses UTF-16 that lost its byte-order mark, saying what it looks like', () => {
    const failure = refusal(() =>
      decodeText('people.csv', utf16('First name,Surname', 'le', false), 'a spreadsheet'),
    )
    expect(failure.code).toBe('IMPORT.UNREADABLE')
    expect(failure.message).toBe(
      'people.csv could not be read as a spreadsheet: it looks like “Unicode text” that lost its byte-order mark; save it again as “CSV UTF-8”.',
    )
  })

  it('refuses binary data, broken UTF-8 after a UTF-8 mark, and broken UTF-16, replacing nothing', () => {
    expect(
      refusal(() => decodeText('a.csv', Buffer.from([0x41, 0x00, 0x00, 0x07, 0x42]))).message,
    ).toMatch(/a\.csv could not be read as text: it contains binary data/)
    const badUtf8 = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0x92, 0x42])
    expect(refusal(() => decodeText('a.csv', badUtf8)).message).toMatch(/says it is UTF-8/)
    const odd = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42])
    expect(refusal(() => decodeText('a.csv', odd)).message).toMatch(/middle of a UTF-16 character/)
    const lone = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00])
    expect(refusal(() => decodeText('a.csv', lone)).message).toMatch(/broken UTF-16/)
  })
})
