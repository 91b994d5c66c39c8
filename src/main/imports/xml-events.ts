import { SaxesParser } from 'saxes'
import { AppFailure } from '../../shared/result'
import { type FileLimits, tooBig, unreadable } from './file-limits'

/** What a reader of one XML part hears: elements by local name (no prefix), and their text. */
export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void
  close?(name: string): void
  /** Text and CDATA, entities decoded; one element's text may come in several pieces. */
  text?(text: string): void
}

/** The name without its namespace prefix: some writers save `<x:row>` where Excel saves `<row>`. */
export function localName(name: string): string {
  const colon = name.indexOf(':')
  return colon < 0 ? name : name.slice(colon + 1)
}

export interface XmlFeed {
  write(chunk: string): void
  end(): void
}

/**
 * A streaming XML parser (saxes: strict, no DTD entity expansion, so no "billion laughs") fed
 * piece by piece as a zip part unpacks. saxes keeps text, comments and tags in memory until it can
 * report them; so that a hostile part cannot make it hold megabytes, the feed refuses a part that
 * goes more than `quietChars` without any event. A real cell's text, even at `maxCellChars` and
 * every character written as an entity (`&#128512;`), is reported well before that.
 */
export function xmlFeed(
  file: string,
  part: string,
  limits: FileLimits,
  handlers: XmlHandlers,
): XmlFeed {
  const parser = new SaxesParser({ position: false })
  const quietChars = limits.maxCellChars * 10 + 65_536
  let heard = false
  let quiet = 0
  parser.on('opentag', (tag) => {
    heard = true
    handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>)
  })
  // saxes reports a self-closing `<c/>` as an open and a close.
  parser.on('closetag', (tag) => {
    heard = true
    handlers.close?.(localName(tag.name))
  })
  parser.on('text', (text) => {
    heard = true
    handlers.text?.(text)
  })
  parser.on('cdata', (text) => {
    heard = true
    handlers.text?.(text)
  })
  for (const other of ['comment', 'processinginstruction', 'doctype', 'xmldecl'] as const) {
    parser.on(other, () => {
      heard = true
    })
  }
  const broken = (error: unknown): AppFailure => {
    if (error instanceof AppFailure) return error
    return unreadable(file, `its part ${part} is not well-formed XML (is it damaged?)`)
  }
  return {
    write(chunk) {
      heard = false
      try {
        parser.write(chunk)
      } catch (error) {
        throw broken(error)
      }
      quiet = heard ? 0 : quiet + chunk.length
      if (quiet > quietChars) throw tooBig(file, limits, 'maxCellChars')
    },
    end() {
      try {
        parser.close()
      } catch (error) {
        throw broken(error)
      }
    },
  }
}
