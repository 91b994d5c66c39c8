import { SaxesParser } from 'saxes'
import { localName } from './xml-names'
import { AppFailure } from '../../../shared/result'
import { MAX_OFX_DEPTH, type OfxElement } from './ofx-sgml-parser'
import { malformed } from './statement-failures'

/**
 * OFX 2.x is XML: read strictly with saxes (no DTD, so no entity expansion) into the same element
 * tree the SGML reader builds, so one reader turns either into a statement. A file that is not
 * well-formed (a truncated download, a tag left open) is refused naming the line.
 */
export function parseOfxXml(file: string, text: string): OfxElement {
  const parser = new SaxesParser({ position: true })
  const root: OfxElement = { name: '#root', line: 1, children: [], text: null }
  const stack: OfxElement[] = [root]
  const texts: string[] = ['']
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_OFX_DEPTH) throw malformed(file, 'its tags nest too deep', parser.line)
    const element: OfxElement = {
      name: localName(tag.name).toUpperCase(),
      line: parser.line,
      children: [],
      text: null,
    }
    stack[stack.length - 1]!.children.push(element)
    stack.push(element)
    texts.push('')
  })
  parser.on('text', (t) => {
    texts[texts.length - 1] += t
  })
  parser.on('cdata', (t) => {
    texts[texts.length - 1] += t
  })
  parser.on('closetag', () => {
    const element = stack.pop()!
    const own = texts.pop()!
    // saxes has decoded XML's entities; a bank that escaped twice (`&amp;lt;`) keeps one level,
    // as the SGML reader does. Only leaves have text.
    if (element.children.length === 0) element.text = own.trim()
  })
  try {
    parser.write(text.replace(/^\s+/, '')).close()
  } catch (error) {
    if (error instanceof AppFailure) throw error
    const where = /^[^:]*:(\d+):/.exec(error instanceof Error ? error.message : '')
    throw malformed(
      file,
      'it is not well-formed XML (is it damaged or cut short?)',
      where ? Number(where[1]) : parser.line,
    )
  }
  return root
}
