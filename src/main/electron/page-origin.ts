import { APP_HOST, APP_SCHEME, APP_START_URL } from './app-protocol'

/**
 * Where the window's page comes from, and so which URLs the shell trusts: for navigation and for
 * every IPC call. In a packaged app (and whenever no dev server is named) that is only
 * `app://casebook/`.
 */
export interface PageOrigin {
  readonly startUrl: string
  /** True for a URL on the page's own origin (scheme and host compared exactly). */
  isOwnUrl(url: string): boolean
}

function originOf(scheme: string, host: string, startUrl: string): PageOrigin {
  return {
    startUrl,
    isOwnUrl(url) {
      try {
        const parsed = new URL(url)
        return parsed.protocol === `${scheme}:` && parsed.host === host
      } catch {
        return false
      }
    },
  }
}

export const APP_PAGE_ORIGIN: PageOrigin = originOf(APP_SCHEME, APP_HOST, APP_START_URL)

/**
 * The page origin for this run. `electron-vite dev` names its dev server in ELECTRON_RENDERER_URL;
 * that is honoured only in an unpackaged app and only on the loopback interface, so an environment
 * variable can never point a packaged Casebook at another page.
 */
export function resolvePageOrigin(
  isPackaged: boolean,
  devServerUrl: string | undefined,
): PageOrigin {
  if (isPackaged || !devServerUrl) return APP_PAGE_ORIGIN
  let parsed: URL
  try {
    parsed = new URL(devServerUrl)
  } catch {
    return APP_PAGE_ORIGIN
  }
  const isLoopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
  if (parsed.protocol !== 'http:' || !isLoopback) return APP_PAGE_ORIGIN
  return originOf('http', parsed.host, `${parsed.origin}/`)
}
