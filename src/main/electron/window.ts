import { BrowserWindow, type WebContents, type WebPreferences } from 'electron'
import type { PageOrigin } from './page-origin'

/**
 * The renderer's powers, kept in one place so the smoke test can check them: an isolated, sandboxed
 * page with no Node, no <webview>, the same-origin policy on, and only the preload's `casebook` API.
 */
export function hardenedWebPreferences(preloadFile: string): WebPreferences {
  return {
    preload: preloadFile,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    spellcheck: true,
  }
}

/**
 * Stops a page from leaving our origin or opening anything: no navigation (links, drag and drop,
 * redirects, `location = …`), no new windows, no <webview>. Applied to every WebContents the app
 * creates (see `app.on('web-contents-created')`), not only the main window.
 */
export function lockDownWebContents(contents: WebContents, origin: PageOrigin): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayHome = (event: { preventDefault(): void; url: string }) => {
    // In-page navigation (the hash router) does not fire these events; a full load of our own page
    // (the renderer reloading itself) is allowed.
    if (!origin.isOwnUrl(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-frame-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export interface MainWindowOptions {
  readonly preloadFile: string
  readonly origin: PageOrigin
  readonly isDevelopment: boolean
}

/** Creates a Casebook window, loading the renderer from `app://casebook/` (or the dev server). */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    title: 'Casebook',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...hardenedWebPreferences(options.preloadFile),
      devTools: options.isDevelopment,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.origin.startUrl)
  return window
}
