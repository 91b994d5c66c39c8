import { readFile, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { contentTypeOf } from '../../shared/content-types'

/**
 * The renderer is served from `app://casebook/…`, never `file://`: a privileged standard scheme gives
 * the page a real origin (so `'self'` in the CSP means something, and storage works) without the extra
 * powers Chromium grants to `file://` pages.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'casebook'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_START_URL = `${APP_ORIGIN}/index.html`

/** Headers on every response, errors included: the CSP is the page's main line of defence. */
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** True when `url` is on our own origin (`app://casebook/…`), compared exactly. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url)
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST
  } catch {
    return false
  }
}

/**
 * Maps an `app://casebook/…` URL to a file inside `rootDir`, or null when the URL is for another
 * host, is malformed, or would escape the folder (`..`, encoded slashes or backslashes, NUL, drive
 * letters).
 *
 * @example resolveAppFile('/app/out/renderer', 'app://casebook/assets/index.js')
 *   // → '/app/out/renderer/assets/index.js'
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  if (!isAppUrl(url)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(url).pathname)
  } catch {
    return null
  }
  if (/[\0\\:]/.test(pathname)) return null
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html'
  const root = resolve(rootDir)
  const file = resolve(root, `.${pathname}`)
  const inside = relative(root, file)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null
  return file
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  })
}

/**
 * Answers one request to the `app:` scheme from the files under `rootDir`. Separate from the
 * registration so the smoke test can call it with a plain `Request`.
 */
export async function serveAppRequest(rootDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
  // Electron sets initiatorOrigin when web content made the request (it is absent when the browser
  // itself loads the window's page). Only our own pages may load our files; an absent or non-string
  // value is let through rather than risk refusing the start page.
  const initiator = (request as Request & { initiatorOrigin?: unknown }).initiatorOrigin
  if (typeof initiator === 'string' && initiator !== APP_ORIGIN) return plain(403, 'Forbidden')
  const file = resolveAppFile(rootDir, request.url)
  if (!file) return plain(404, 'Not found')
  try {
    const info = await stat(file)
    if (!info.isFile()) return plain(404, 'Not found')
    const body = request.method === 'HEAD' ? null : await readFile(file)
    return new Response(body, {
      status: 200,
      headers: {
        ...SECURITY_HEADERS,
        'Content-Type': contentTypeOf(file),
        'Content-Length': String(info.size),
      },
    })
  } catch {
    return plain(404, 'Not found')
  }
}

/** Must run before the app is ready (Electron's rule for privileged schemes). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    },
  ])
}

/** Serves the built renderer folder on `app://casebook/`. Call once the app is ready. */
export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request))
}
