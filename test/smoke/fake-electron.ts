import { EventEmitter } from 'node:events'
import { createRequire, Module } from 'node:module'

/**
 * A stand-in for the `electron` module, just wide enough for the built main bundle and preload to run
 * under plain Node (the Electron binary cannot be downloaded here). It records what the code asks of
 * Electron so the smoke tests can check it. Seed it with `seedElectron` BEFORE requiring a bundle.
 */

const requireHere = createRequire(import.meta.url)
export const ELECTRON_MODULE_PATH = requireHere.resolve('electron')

/** Puts `fake` where `require('electron')` will find it, without ever running the real package. */
export function seedElectron(fake: object): () => void {
  const module = new Module(ELECTRON_MODULE_PATH)
  module.filename = ELECTRON_MODULE_PATH
  module.loaded = true
  module.exports = fake
  requireHere.cache[ELECTRON_MODULE_PATH] = module
  return () => {
    delete requireHere.cache[ELECTRON_MODULE_PATH]
  }
}

/** Loads a built CommonJS bundle fresh (no cached copy from an earlier test). */
export function loadBundle(file: string): unknown {
  delete requireHere.cache[file]
  return requireHere(file)
}

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
  processId: number
  routingId: number
  detached: boolean
}

let nextContentsId = 1

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++
  readonly mainFrame: FakeFrame = {
    url: '',
    parent: null,
    processId: 4,
    routingId: this.id,
    detached: false,
  }
  readonly sent: { channel: string; payload: unknown }[] = []
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  isDestroyedFlag = false

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }
  isDestroyed(): boolean {
    return this.isDestroyedFlag
  }
}

export type IpcHandler = (event: unknown, ...args: unknown[]) => unknown

/** Everything the main bundle may touch, plus what the tests read back. */
export function createFakeMainElectron(options: { userData: string; isPackaged: boolean }) {
  const calls = {
    enableSandbox: 0,
    singleInstanceLock: 0,
    quit: 0,
    privilegedSchemes: [] as unknown[],
    schemesRegisteredBeforeReady: false,
    applicationMenu: null as unknown,
    openDialogs: [] as unknown[],
    saveDialogs: [] as unknown[],
  }
  let markReady!: () => void
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  let isReady = false
  let quitWaiters: (() => void)[] = []

  const app = Object.assign(new EventEmitter(), {
    isPackaged: options.isPackaged,
    enableSandbox() {
      calls.enableSandbox++
    },
    requestSingleInstanceLock() {
      calls.singleInstanceLock++
      return true
    },
    whenReady() {
      return ready
    },
    getPath(name: string) {
      if (name !== 'userData') throw new Error(`fake electron: getPath(${name}) not expected`)
      return options.userData
    },
    getVersion: () => '0.0.0-smoke',
    quit() {
      calls.quit++
      const waiters = quitWaiters
      quitWaiters = []
      for (const wake of waiters) wake()
    },
  })

  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>()
  const protocol = {
    registerSchemesAsPrivileged(schemes: unknown[]) {
      calls.privilegedSchemes.push(...schemes)
      calls.schemesRegisteredBeforeReady = !isReady
    },
    handle(scheme: string, handler: (request: Request) => Promise<Response> | Response) {
      protocolHandlers.set(scheme, handler)
    },
  }

  const permissionHandlers = {
    request: null as
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | null,
    check: null as ((contents: unknown, permission: string) => boolean) | null,
    device: null as ((details: unknown) => boolean) | null,
    displayMedia: null as ((request: unknown, callback: (streams: unknown) => void) => void) | null,
  }
  const defaultSession = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler(handler: typeof permissionHandlers.request) {
      permissionHandlers.request = handler
    },
    setPermissionCheckHandler(handler: typeof permissionHandlers.check) {
      permissionHandlers.check = handler
    },
    setDevicePermissionHandler(handler: typeof permissionHandlers.device) {
      permissionHandlers.device = handler
    },
    setDisplayMediaRequestHandler(handler: typeof permissionHandlers.displayMedia) {
      permissionHandlers.displayMedia = handler
    },
  })

  const windows: FakeBrowserWindow[] = []
  class FakeBrowserWindow extends EventEmitter {
    readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>
    readonly webContents = new FakeWebContents()
    loadedUrl: string | null = null
    focusCount = 0
    isDestroyedFlag = false

    constructor(windowOptions: FakeBrowserWindow['options']) {
      super()
      this.options = windowOptions
      windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      this.webContents.mainFrame.url = url
      return Promise.resolve()
    }
    show(): void {}
    focus(): void {
      this.focusCount++
    }
    isMinimized(): boolean {
      return false
    }
    restore(): void {}
    isDestroyed(): boolean {
      return this.isDestroyedFlag
    }
    /** What Electron does when the user closes the window. */
    simulateClosed(): void {
      this.isDestroyedFlag = true
      this.webContents.isDestroyedFlag = true
      this.emit('closed')
      if (FakeBrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed')
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((window) => window.webContents === contents) ?? null
    }
    static getFocusedWindow(): FakeBrowserWindow | null {
      return windows[0] ?? null
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return windows.filter((window) => !window.isDestroyed())
    }
  }

  const ipcHandlers = new Map<string, IpcHandler>()
  const ipcMain = {
    handle(channel: string, handler: IpcHandler) {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
      ipcHandlers.set(channel, handler)
    },
    removeHandler(channel: string) {
      ipcHandlers.delete(channel)
    },
  }

  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu(menu: unknown) {
      calls.applicationMenu = menu
    },
  }

  const dialog = {
    async showOpenDialog(...args: unknown[]) {
      calls.openDialogs.push(args)
      return { canceled: false, filePaths: ['/chosen/folder'] }
    },
    async showSaveDialog(...args: unknown[]) {
      calls.saveDialogs.push(args)
      return { canceled: false, filePath: '/chosen/restored.db' }
    },
    async showMessageBox() {
      return { response: 0, checkboxChecked: false }
    },
  }

  const electron = { app, protocol, session: { defaultSession }, BrowserWindow: FakeBrowserWindow }
  Object.assign(electron, { ipcMain, Menu, dialog })

  return {
    electron,
    app,
    calls,
    windows,
    protocolHandlers,
    permissionHandlers,
    defaultSession,
    ipcHandlers,
    makeReady() {
      isReady = true
      markReady()
    },
    /** Resolves the next time the code calls app.quit(). */
    nextQuit(): Promise<void> {
      return new Promise((resolve) => quitWaiters.push(resolve))
    },
  }
}

export type FakeMainElectron = ReturnType<typeof createFakeMainElectron>
