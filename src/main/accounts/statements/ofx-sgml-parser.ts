import { malformed } from './statement-failures'

/**
 * OFX 1.x is SGML, not XML: a leaf's closing tag is optional (`<TRNAMT>-6.60<FITID>123`), and
 * banks mix closed and unclosed leaves in one file. No maintained npm parser reads it strictly (the
 * ones there are turn it into XML with regular expressions and lose the line numbers), so this one
 * is written by hand: a tokenizer, and a tree builder that knows OFX's aggregates.
 *
 * The result is an element tree: aggregates have children and `text: null`; leaves have their text,
 * entities decoded once and trimmed. Every element keeps the line its tag is on, for messages.
 */
export interface OfxElement {
  readonly name: string
  readonly line: number
  readonly children: OfxElement[]
  text: string | null
}

/** Elements that hold other elements, from the OFX 1.6 and 2.x specifications' banking sections. */
const AGGREGATES = new Set([
  'OFX',
  'SIGNONMSGSRSV1',
  'SONRS',
  'STATUS',
  'FI',
  'BANKMSGSRSV1',
  'STMTTRNRS',
  'STMTRS',
  'BANKACCTFROM',
  'BANKACCTTO',
  'BANKTRANLIST',
  'STMTTRN',
  'LEDGERBAL',
  'AVAILBAL',
  'BALLIST',
  'BAL',
  'CCMSGSRSV1',
  'CCSTMTTRNRS',
  'CCSTMTRS',
  'CCACCTFROM',
  'CCACCTTO',
  'CURRENCY',
  'ORIGCURRENCY',
  'PAYEE',
  'SIGNUPMSGSRSV1',
  'INVSTMTMSGSRSV1',
  'INVSTMTTRNRS',
  'INVSTMTRS',
])

/** Leaves that banks leave empty and unclosed (`<NAME>` then the next tag): never aggregates. */
const LEAVES = new Set([
  'CODE',
  'SEVERITY',
  'MESSAGE',
  'DTSERVER',
  'LANGUAGE',
  'TRNUID',
  'CURDEF',
  'BANKID',
  'BRANCHID',
  'ACCTID',
  'ACCTTYPE',
  'DTSTART',
  'DTEND',
  'TRNTYPE',
  'DTPOSTED',
  'DTUSER',
  'TRNAMT',
  'FITID',
  'CHECKNUM',
  'REFNUM',
  'NAME',
  'MEMO',
  'CURRATE',
  'CURSYM',
  'BALAMT',
  'DTASOF',
])

interface Token {
  readonly kind: 'open' | 'close' | 'text'
  readonly value: string
  readonly line: number
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

/** Decodes character references once: `&amp;lt;` is the text `&lt;`, as the bank escaped it. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff)
        ? String.fromCodePoint(code)
        : whole
    }
    return ENTITIES[ref.toLowerCase()] ?? whole
  })
}

/** Real OFX nests eight deep; a limit keeps a hostile file from nesting a million deep. */
export const MAX_OFX_DEPTH = 40

const TAG = /^<(\/?)([A-Za-z][A-Za-z0-9._]*)\s*>/

function tokenize(file: string, body: string, firstLine: number): Token[] {
  const tokens: Token[] = []
  let line = firstLine
  let i = 0
  while (i < body.length) {
    const lt = body.indexOf('<', i)
    const end = lt < 0 ? body.length : lt
    if (end > i) {
      const text = body.slice(i, end)
      tokens.push({ kind: 'text', value: text, line })
      for (let j = text.indexOf('\n'); j >= 0; j = text.indexOf('\n', j + 1)) line += 1
    }
    if (lt < 0) break
    const rest = body.slice(lt, lt + 80)
    if (rest.startsWith('<!--') || rest.startsWith('<?')) {
      // Comments and processing instructions carry nothing a statement needs.
      const close = body.indexOf(rest.startsWith('<!--') ? '-->' : '?>', lt)
      if (close < 0) throw malformed(file, 'a comment is never closed', line)
      const skipped = body.slice(lt, close)
      for (let j = skipped.indexOf('\n'); j >= 0; j = skipped.indexOf('\n', j + 1)) line += 1
      i = close + (rest.startsWith('<!--') ? 3 : 2)
      continue
    }
    const tag = TAG.exec(rest)
    if (!tag) throw malformed(file, 'it has a “<” that does not start a tag', line)
    tokens.push({ kind: tag[1] ? 'close' : 'open', value: tag[2]!.toUpperCase(), line })
    i = lt + tag[0].length
  }
  return tokens
}

/** Positions of each name's closing tags, to ask "is this tag closed later?" in log time. */
function closingPositions(tokens: readonly Token[]): Map<string, number[]> {
  const map = new Map<string, number[]>()
  tokens.forEach((t, i) => {
    if (t.kind !== 'close') return
    const list = map.get(t.value)
    if (list) list.push(i)
    else map.set(t.value, [i])
  })
  return map
}

function closedLater(positions: Map<string, number[]>, name: string, after: number): boolean {
  const list = positions.get(name)
  return list !== undefined && list[list.length - 1]! > after
}

/**
 * Builds the tree of an OFX 1.x body (everything from the first `<`). A tag followed by text is a
 * leaf; a tag OFX defines as an aggregate, or an unknown tag closed later with nothing before its
 * next tag, is an aggregate. Refuses (STATEMENTS.MALFORMED, naming the line) a stray `<`, a closing
 * tag for an aggregate that is not open, text between aggregates, and a file that ends with
 * aggregates still open: a truncated download must not import as a shorter statement.
 */
export function parseOfxSgml(file: string, body: string, firstLine = 1): OfxElement {
  const tokens = tokenize(file, body, firstLine)
  const positions = closingPositions(tokens)
  const root: OfxElement = { name: '#root', line: firstLine, children: [], text: null }
  const stack: OfxElement[] = [root]
  const push = (element: OfxElement) => {
    if (stack.length > MAX_OFX_DEPTH) throw malformed(file, 'its tags nest too deep', element.line)
    stack.push(element)
  }
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    const top = stack[stack.length - 1]!
    if (token.kind === 'text') {
      if (token.value.trim() !== '') {
        throw malformed(
          file,
          `“${token.value.trim().slice(0, 40)}” is outside any field`,
          token.line,
        )
      }
      continue
    }
    if (token.kind === 'close') {
      const at = stack.findLastIndex((e) => e.name === token.value)
      if (at > 0) stack.length = at
      else if (AGGREGATES.has(token.value)) {
        throw malformed(file, `it closes <${token.value}> where none is open`, token.line)
      }
      continue
    }
    const element: OfxElement = { name: token.value, line: token.line, children: [], text: null }
    top.children.push(element)
    const next = tokens[i + 1]
    const text = next?.kind === 'text' ? next.value : ''
    if (AGGREGATES.has(token.value)) {
      push(element)
      continue
    }
    const afterText = tokens[i + (next?.kind === 'text' ? 2 : 1)]
    const closesItself = afterText?.kind === 'close' && afterText.value === token.value
    if (
      text.trim() !== '' ||
      closesItself ||
      LEAVES.has(token.value) ||
      !closedLater(positions, token.value, i)
    ) {
      element.text = decodeEntities(text.trim())
      i += (next?.kind === 'text' ? 1 : 0) + (closesItself ? 1 : 0)
      continue
    }
    push(element)
  }
  if (stack.length > 1) {
    throw malformed(
      file,
      `it ends before <${stack[stack.length - 1]!.name}> is closed (is the download cut short?)`,
    )
  }
  return root
}

/** The first descendant called `name` (depth first), or undefined. */
export function findElement(from: OfxElement, name: string): OfxElement | undefined {
  for (const child of from.children) {
    if (child.name === name) return child
    const deeper = findElement(child, name)
    if (deeper) return deeper
  }
  return undefined
}

/** Every descendant called `name`, not looking inside a match. */
export function findAll(from: OfxElement, name: string, into: OfxElement[] = []): OfxElement[] {
  for (const child of from.children) {
    if (child.name === name) into.push(child)
    else findAll(child, name, into)
  }
  return into
}

/** The text of the child leaf `name`, trimmed; undefined when there is no such child. */
export function childText(from: OfxElement, name: string): string | undefined {
  const child = from.children.find((c) => c.name === name)
  return child?.text ?? undefined
}
