import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeCell } from './export-cells'

/** How a spreadsheet decides a cell is a formula, as OWASP describes it. */
const startsLikeFormula = (text: string) => /^\s*[=+\-@\t\r]/.test(text)
const plainNumber = /^[+-]?(\d+(\.\d*)?|\.\d+)$/

/** Text built mostly from what matters here: formula triggers, white space, controls, digits. */
const cellText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        ' ',
        '\u00a0',
        "'",
        '1',
        '.',
        'A',
        '(',
        '\u001b',
        '\u202e',
        '\u0085',
      ),
      { maxLength: 12 },
    )
    .map((chars) => chars.join('')),
)

describe('safeCell, for every CSV and XLSX export', () => {
  it('quotes text a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(safeCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      `'=HYPERLINK("http://evil.example","Click")`,
    )
    expect(safeCell('+1+cmd|/C calc!A0')).toBe("'+1+cmd|/C calc!A0")
    expect(safeCell('-2+3')).toBe("'-2+3")
    expect(safeCell('@SUM(A1:A9)')).toBe("'@SUM(A1:A9)")
    expect(safeCell('\t=1+1')).toBe("'\t=1+1")
    expect(safeCell('\r=1+1')).toBe("'\n=1+1")
    expect(safeCell('  =1+1')).toBe("'  =1+1")
    expect(safeCell('Ann Bloggs')).toBe('Ann Bloggs')
    expect(safeCell('a=b')).toBe('a=b')
  })

  it('leaves numbers as numbers, and text that is a plain decimal number as it is', () => {
    expect(safeCell(-1250)).toBe(-1250)
    expect(safeCell(0)).toBe(0)
    expect(safeCell('-12.50')).toBe('-12.50')
    expect(safeCell('+3')).toBe('+3')
    expect(safeCell('-1e5')).toBe("'-1e5")
    expect(safeCell('-')).toBe("'-")
    expect(safeCell(true)).toBe(true)
    expect(safeCell(null)).toBeNull()
    expect(safeCell(undefined)).toBeNull()
    expect(() => safeCell(Number.NaN)).toThrow(TypeError)
  })

  it('escapes unprintable characters but keeps line breaks and tabs', () => {
    expect(safeCell('Ann\u001b[31m')).toBe('Ann\\x1b[31m')
    expect(safeCell('invoice\u202Efdp.exe')).toBe('invoice\\u{202E}fdp.exe')
    expect(safeCell('line one\r\nline two\tend')).toBe('line one\nline two\tend')
  })

  it('never gives text that starts like a formula, unless it is a plain number', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const cell = safeCell(text) as string
        if (startsLikeFormula(cell)) expect(cell).toMatch(plainNumber)
      }),
      { numRuns: 2000 },
    )
  })

  it('changes nothing it has already made safe, and leaves no control character', () => {
    fc.assert(
      fc.property(cellText, (text) => {
        const cell = safeCell(text)
        expect(safeCell(cell)).toBe(cell)
        // eslint-disable-next-line no-control-regex -- looking for control characters
        expect(cell).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/)
      }),
      { numRuns: 2000 },
    )
  })

  it('never touches a number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(safeCell(n)).toBe(n)
      }),
    )
  })
})
