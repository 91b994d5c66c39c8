import { join } from 'node:path'
import { app, BrowserWindow, Menu, session, type WebContents } from 'electron'
import { type BackendWorker, startBackendWorker } from '../backend/worker-client'
import { handleAppProtocol } from './app-protocol'
import { chooseFile, chooseFolder, showAbout } from './dialogs'
import { connectionIdOf, createIpcRelay } from './ipc-relay'
import { buildMenuTemplate } from './menu'
import { resolvePageOrigin } from './page-origin'
import { denyAllPermissions } from './session-security'
import { createMainWindow, lockDownWebContents } from './window'

/** How long quitting waits for the on-close backup before giving up on it. */
const SHUTDOWN_LIMIT_MS = 120_000

/** The built files beside out/main/index.js (see electron.vite.config.ts). */
function builtPaths() {
  return {
    rendererDir: join(__dirname, '..', 'renderer'),
    preloadFile: join(__dirname, '..', 'preload', 'index.cjs'),
    workerFile: join(__dirname, 'backend-worker.js'),
  }
}

function log(message: string, error?: string): void {
  console.error(`[casebook] ${message}`, error ?? '')
}

function withinLimit(work: Promise<unknown>, limitMs: number, what: string): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      log(`${what} took longer than ${limitMs / 1000} s; going on without it.`)
      resolve()
    }, limitMs)
    work
      .catch((error: unknown) => log(`${what} failed`, String(error)))
      .finally(() => {
        clearTimeout(timer)
        resolve()
      })
  })
}

/**
 * Wires the app: the hardened session and protocol, the backend worker, the IPC relay, the menu and
 * the window, and a quit that waits for the backend to close (which makes the on-close backup).
 * Called by main.ts once this process holds the single-instance lock.
 */
export function startCasebook(): void {
  const paths = builtPaths()
  const isDevelopment = !app.isPackaged
  const origin = resolvePageOrigin(app.isPackaged, process.env['ELECTRON_RENDERER_URL'])
  const windows = new Set<BrowserWindow>()
  const disconnecting = new Set<Promise<void>>()
  let backend: BackendWorker | null = null
  let shuttingDown: Promise<void> | null = null
  let isShutDown = false

  const relay = createIpcRelay({
    origin,
    backend: () => backend,
    isOurWindow: (contents: WebContents) =>
      [...windows].some((window) => !window.isDestroyed() && window.webContents === contents),
    chooseFolder: (contents, title) => chooseFolder(BrowserWindow.fromWebContents(contents), title),
    chooseFile: (contents, purpose) =>
      chooseFile(BrowserWindow.fromWebContents(contents), purpose, app.getPath('userData')),
    log,
  })

  function openWindow(): BrowserWindow {
    const window = createMainWindow({ preloadFile: paths.preloadFile, origin, isDevelopment })
    const contents = window.webContents
    const connectionId = connectionIdOf(contents)
    windows.add(window)
    window.on('closed', () => {
      windows.delete(window)
      relay.forget(contents)
      if (!backend) return
      const ending: Promise<void> = backend
        .disconnect(connectionId)
        .catch((error: unknown) => log('Ending the window session failed', String(error)))
        .finally(() => disconnecting.delete(ending))
      disconnecting.add(ending)
    })
    return window
  }

  async function about(): Promise<void> {
    const parent = BrowserWindow.getFocusedWindow()
    const result = backend ? await backend.call('shell', 'app.about', {}) : null
    const value =
      result?.ok === true
        ? (result.value as { dataFile: string; schemaVersion: number | null })
        : { dataFile: null, schemaVersion: null }
    await showAbout(parent, { version: app.getVersion(), ...value })
  }

  async function shutDown(): Promise<void> {
    relay.unregister()
    const running = backend
    backend = null
    if (!running) return
    // Let each window's sign-out finish before the data file closes.
    await withinLimit(Promise.allSettled([...disconnecting]), 10_000, 'Ending sessions')
    await withinLimit(running.close(), SHUTDOWN_LIMIT_MS, 'Closing the data file')
  }

  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, origin))

  app.on('second-instance', () => {
    const [window] = windows
    if (!window) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })

  // One window, one data file: when the window goes, Casebook closes the file and quits (macOS too),
  // so the on-close backup always runs.
  app.on('window-all-closed', () => app.quit())

  app.on('will-quit', (event) => {
    if (isShutDown) return
    event.preventDefault()
    // A second Quit while the backup runs waits for the same shutdown.
    shuttingDown ??= shutDown().finally(() => {
      isShutDown = true
      app.quit()
    })
  })

  void app.whenReady().then(() => {
    denyAllPermissions(session.defaultSession)
    handleAppProtocol(paths.rendererDir)
    backend = startBackendWorker(
      paths.workerFile,
      {
        dataFile: join(app.getPath('userData'), 'casebook.db'),
        // "Open another data file…" is remembered beside the app's own file.
        settingsFile: join(app.getPath('userData'), 'casebook-host.json'),
        host: 'electron',
        automaticBackups: true,
      },
      (progress) => relay.forwardProgress(progress),
      log,
    )
    relay.register()
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          isMac: process.platform === 'darwin',
          isDevelopment,
          onAbout: () => void about(),
        }),
      ),
    )
    openWindow()
  })
}
