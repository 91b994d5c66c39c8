import { readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, join, normalize, relative, sep } from 'node:path'
import { contentTypeOf } from '../../shared/content-types'

export { contentTypeOf }

/** Where the harness serves the `window.casebook` shim from (never part of the renderer bundle). */
export const SHIM_PATH = '/casebook-web-shim.js'

/**
 * Maps a URL path to a file inside `root`, or null when it would leave the folder (`..`, encoded
 * slashes or backslashes, NUL bytes, absolute paths) or cannot be decoded.
 *
 * @example resolveStaticPath('/srv/ui', '/assets/app.js') // '/srv/ui/assets/app.js'
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const segments = decoded.split('/')
  if (segments.some((s) => s === '..')) return null
  const wanted = decoded === '/' || decoded === '' ? '/index.html' : decoded
  const full = normalize(join(root, wanted))
  const rel = relative(root, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) {
    return null
  }
  return full
}

/**
 * Adds the shim's `<script>` to the built index.html, before the app's module script: a classic
 * script runs first, so `window.casebook` exists when the app starts.
 */
export function injectShim(html: string): string {
  const tag = `<script src=".${SHIM_PATH}"></script>`
  const at = html.indexOf('<script')
  if (at >= 0) return `${html.slice(0, at)}${tag}\n    ${html.slice(at)}`
  const head = html.indexOf('</head>')
  if (head < 0) throw new Error('index.html has no <head> to put the web shim in')
  return `${html.slice(0, head)}${tag}\n${html.slice(head)}`
}

export interface StaticFile {
  readonly body: Buffer
  readonly contentType: string
}

/** Reads a static file from the built renderer, with the shim injected into index.html. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(root, urlPath)
  if (!file) return null
  try {
    if (!(await stat(file)).isFile()) return null
    // A symbolic link inside the folder must not lead outside it either.
    const real = relative(await realpath(root), await realpath(file))
    if (real.startsWith('..') || isAbsolute(real)) return null
    const body = await readFile(file)
    if (relative(root, file) === 'index.html') {
      return {
        body: Buffer.from(injectShim(body.toString('utf8')), 'utf8'),
        contentType: contentTypeOf(file),
      }
    }
    return { body, contentType: contentTypeOf(file) }
  } catch {
    return null
  }
}
