import { describe, expect, it } from 'vitest'
import { AppFailure } from '../../../shared/result'
import { childText, findAll, findElement, parseOfxSgml } from './ofx-sgml-parser'

function code(body: string): string {
  try {
    parseOfxSgml('t.ofx', body)
  } catch (error) {
    if (error instanceof AppFailure) return `${error.code} ${error.message}`
    throw error
  }
  return 'read'
}

describe('parseOfxSgml', () => {
  it('reads unclosed leaves, several aggregates on one line, and closed leaves alike', () => {
    const root = parseOfxSgml(
      't.ofx',
      '<OFX><STMTTRN><TRNAMT>-6.60<FITID>1<NAME>MCDONALD&apos;S</STMTTRN>\n<STMTTRN><TRNAMT>2</TRNAMT><NAME></NAME><MEMO>x</MEMO></STMTTRN></OFX>',
    )
    const [a, b] = findAll(root, 'STMTTRN')
    expect(childText(a!, 'TRNAMT')).toBe('-6.60')
    expect(childText(a!, 'NAME')).toBe("MCDONALD'S")
    expect(childText(b!, 'NAME')).toBe('')
    expect(childText(b!, 'MEMO')).toBe('x')
    expect(b!.line).toBe(2)
  })

  it('treats an unknown tag closed later as an aggregate, so its children stay inside it', () => {
    const root = parseOfxSgml(
      't.ofx',
      '<OFX><STMTTRN><TRNAMT>1<XSPLIT><TRNAMT>9</XSPLIT></STMTTRN></OFX>',
    )
    const trn = findElement(root, 'STMTTRN')!
    expect(childText(trn, 'TRNAMT')).toBe('1')
    expect(childText(findElement(trn, 'XSPLIT')!, 'TRNAMT')).toBe('9')
  })

  it('treats an empty unclosed leaf as a leaf', () => {
    const root = parseOfxSgml('t.ofx', '<OFX><STMTTRN><NAME><MEMO>m</STMTTRN></OFX>')
    expect(childText(findElement(root, 'STMTTRN')!, 'MEMO')).toBe('m')
  })

  it('decodes entities once', () => {
    const root = parseOfxSgml('t.ofx', '<OFX><NAME>TPAY &amp;lt;X&amp;gt; &#163;5</OFX>')
    expect(childText(findElement(root, 'OFX')!, 'NAME')).toBe('TPAY &lt;X&gt; £5')
  })

  it('refuses a truncated file, a stray closing aggregate, loose text and a bare <', () => {
    expect(code('<OFX><STMTTRN><TRNAMT>1')).toMatch(/^STATEMENTS.MALFORMED .*cut short/)
    expect(code('<OFX></STMTTRN></OFX>')).toMatch(/^STATEMENTS.MALFORMED .*closes <STMTTRN>/)
    expect(code('<OFX><STMTTRN></STMTTRN>junk</OFX>')).toMatch(
      /^STATEMENTS.MALFORMED .*outside any field/,
    )
    expect(code('<OFX><NAME>a < b</OFX>')).toMatch(/^STATEMENTS.MALFORMED/)
  })

  it('refuses nesting deeper than any OFX file has', () => {
    const deep = '<X>'.repeat(1000) + '<A>1' + '</X>'.repeat(1000)
    expect(code(deep)).toMatch(/nest too deep/)
  })
})
