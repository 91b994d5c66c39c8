import { BrowserWindow, type WebContents } from 'electron'
import type { PageOrigin } from './page-origin'

/**
 * Stops a page from leaving our origin or opening anything: no navigation (links, drag and drop,
 * redirects, `location = …`), no new windows, no <webview>. Applied to every WebContents the app
 * creates (see `app.on('web-contents-created')`), not only the main window.
 */
export function lockDownWebContents(contents: WebContents, origin: PageOrigin): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayHome = (event: { preventDefault(): void; url: string }) => {
    // Anything within our own origin (the hash router, the renderer reloading itself) is fine.
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
    // The renderer's powers, written out literally so electronegativity can read them: an isolated,
    // sandboxed page with no Node, no <webview>, the same-origin policy on, and only the preload's
    // `casebook` API.
    webPreferences: {
      preload: options.preloadFile,
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
      // Middle-click would otherwise try to open links in a new window (denied anyway, see above).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: options.isDevelopment,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.origin.startUrl)
  return window
}
