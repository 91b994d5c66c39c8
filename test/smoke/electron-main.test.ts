import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import {
  IPC_CALL_CHANNEL,
  IPC_CANCEL_CHANNEL,
  IPC_CHOOSE_FILE_CHANNEL,
  IPC_CHOOSE_FOLDER_CHANNEL,
  IPC_PROGRESS_CHANNEL,
} from '../../src/shared/contract/api'
import {
  createFakeMainElectron,
  type FakeFrame,
  type FakeMainElectron,
  FakeWebContents,
  loadBundle,
  seedElectron,
} from './fake-electron'

/**
 * Loads the BUILT main bundle (out/main/index.js) under plain Node with a fake `electron`, and drives
 * it: window preferences, the app:// handler, permissions, navigation, the IPC relay down to the real
 * backend worker, and shutdown. It catches bundling and wiring mistakes that unit tests cannot.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const OUT = join(ROOT, 'out')
const MAIN_BUNDLE = join(OUT, 'main', 'index.js')
const isBuilt = existsSync(MAIN_BUNDLE)
if (!isBuilt) {
  console.warn(
    `[smoke] SKIPPED: ${MAIN_BUNDLE} is missing. Run \`npx electron-vite build\` first (CI always does).`,
  )
}

const PASSWORD = 'correct horse battery staple 42'

function preventable(url: string) {
  let isPrevented = false
  return {
    url,
    preventDefault() {
      isPrevented = true
    },
    get isPrevented() {
      return isPrevented
    },
  }
}

/** Invokes an IPC handler the way ipcMain does: sync throws and rejections both count as refusal. */
function invoke(fake: FakeMainElectron, channel: string, event: unknown, ...args: unknown[]) {
  const handler = fake.ipcHandlers.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return Promise.resolve().then(() => handler(event, ...args))
}

async function waitFor(check: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > limitMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 10))
  }
}

describe.skipIf(!isBuilt)('the built Electron main bundle', () => {
  let userData: string
  let fake: FakeMainElectron
  let unseed: () => void
  let contents: FakeWebContents
  let hasShutDown = false

  const goodEvent = () => ({ sender: contents, senderFrame: contents.mainFrame })

  beforeAll(() => {
    userData = mkdtempSync(join(tmpdir(), 'casebook-smoke-'))
    fake = createFakeMainElectron({ userData, isPackaged: true })
    unseed = seedElectron(fake.electron)
    loadBundle(MAIN_BUNDLE)
  })

  afterAll(async () => {
    // Never leave the worker running, even when a test above failed before the shutdown test.
    if (fake && !hasShutDown && fake.windows.length > 0) {
      const quit = fake.nextQuit()
      fake.app.emit('will-quit', preventable(''))
      await quit
    }
    unseed?.()
    if (userData) rmSync(userData, { recursive: true, force: true })
  })

  it('sets up before ready: sandbox for all, the privileged app: scheme, the single-instance lock', () => {
    expect(fake.calls.enableSandbox).toBe(1)
    expect(fake.calls.singleInstanceLock).toBe(1)
    expect(fake.calls.schemesRegisteredBeforeReady).toBe(true)
    expect(fake.calls.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
    expect(fake.windows).toHaveLength(0)
  })

  it('opens one hardened window on app://casebook/ once ready', async () => {
    fake.makeReady()
    await waitFor(() => fake.windows.length === 1 && fake.ipcHandlers.size > 0, 'the window')
    const [window] = fake.windows
    contents = window!.webContents
    const prefs = window!.options.webPreferences
    expect(prefs).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    })
    expect(prefs['preload']).toBe(join(OUT, 'preload', 'index.cjs'))
    expect(existsSync(prefs['preload'] as string)).toBe(true)
    expect(window!.loadedUrl).toBe('app://casebook/index.html')
  })

  describe('the app:// handler', () => {
    const request = (url: string, init?: RequestInit & { initiatorOrigin?: string }) => {
      const req = new Request(url, init)
      if (init?.initiatorOrigin !== undefined) {
        Object.defineProperty(req, 'initiatorOrigin', { value: init.initiatorOrigin })
      }
      return Promise.resolve(fake.protocolHandlers.get('app')!(req))
    }

    it('serves index.html with the CSP header', async () => {
      const response = await request('app://casebook/index.html')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(await response.text()).toBe(readFileSync(join(OUT, 'renderer', 'index.html'), 'utf8'))
    })

    it('serves the bundled scripts to our own page, with a JavaScript type', async () => {
      const script = readdirSync(join(OUT, 'renderer', 'assets')).find((f) => f.endsWith('.js'))
      const response = await request(`app://casebook/assets/${script}`, {
        initiatorOrigin: 'app://casebook',
      })
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    })

    it.each([
      'app://casebook/..%2f..%2fpackage.json',
      'app://casebook/%2e%2e/%2e%2e/package.json',
      'app://casebook/assets/..%5c..%5c..%5cpackage.json',
      'app://casebook/../main/index.js',
      'app://casebook/%00index.html',
      'app://casebook/C:%5cWindows%5cwin.ini',
      'app://evil/index.html',
      'app://casebook.evil/index.html',
      'app://casebook/no-such-file.js',
    ])('refuses %s, still with the CSP', async (url) => {
      const response = await request(url)
      expect(response.status).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
      expect(await response.text()).not.toContain('"name"')
    })

    it('refuses other methods and requests made by other origins', async () => {
      expect(
        (await request('app://casebook/index.html', { method: 'POST', body: 'x' })).status,
      ).toBe(405)
      const foreign = await request('app://casebook/index.html', {
        initiatorOrigin: 'https://evil.example',
      })
      expect(foreign.status).toBe(403)
      expect((await request('app://casebook/index.html', { initiatorOrigin: 'null' })).status).toBe(
        403,
      )
    })
  })

  it('denies every permission request and check', () => {
    const { request, check, device, displayMedia } = fake.permissionHandlers
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'hid']) {
      let granted: boolean | undefined
      request!(contents, permission, (answer) => (granted = answer))
      expect(granted).toBe(false)
      expect(check!(contents, permission)).toBe(false)
    }
    expect(device!({ deviceType: 'usb' })).toBe(false)
    let streams: unknown = 'unset'
    displayMedia!({}, (answer) => (streams = answer))
    expect(streams).toBeNull()
    for (const picker of ['select-hid-device', 'select-usb-device']) {
      let chosen: unknown = 'unset'
      const event = preventable('')
      fake.defaultSession.emit(picker, event, {}, (id?: string) => (chosen = id))
      expect(event.isPrevented).toBe(true)
      expect(chosen).toBeUndefined()
    }
  })

  it('blocks navigation away from app://casebook/, new windows and <webview>', () => {
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://evil/index.html']) {
        const event = preventable(url)
        contents.emit(name, event, url)
        expect(event.isPrevented, `${name} ${url}`).toBe(true)
      }
      const own = preventable('app://casebook/index.html')
      contents.emit(name, own, own.url)
      expect(own.isPrevented).toBe(false)
    }
    expect(contents.windowOpenHandler!({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    })
    expect(contents.windowOpenHandler!({ url: 'app://casebook/index.html' })).toEqual({
      action: 'deny',
    })
    const webview = preventable('')
    contents.emit('will-attach-webview', webview, {}, {})
    expect(webview.isPrevented).toBe(true)
  })

  it('registers exactly the IPC channels of the contract', () => {
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(
      [
        IPC_CALL_CHANNEL,
        IPC_CANCEL_CHANNEL,
        IPC_CHOOSE_FOLDER_CHANNEL,
        IPC_CHOOSE_FILE_CHANNEL,
      ].sort(),
    )
  })

  it('refuses calls that do not come from the main frame of our window on app://casebook/', async () => {
    const frame = (patch: Partial<FakeFrame>): FakeFrame => ({ ...contents.mainFrame, ...patch })
    const stranger = new FakeWebContents()
    stranger.mainFrame.url = 'app://casebook/index.html'
    const refused = [
      { sender: contents, senderFrame: null },
      { sender: contents, senderFrame: frame({ url: 'https://evil.example/' }) },
      { sender: contents, senderFrame: frame({ url: 'app://evil/index.html' }) },
      { sender: contents, senderFrame: frame({ url: 'file:///tmp/index.html' }) },
      { sender: contents, senderFrame: frame({ parent: contents.mainFrame, routingId: 99 }) },
      { sender: contents, senderFrame: frame({ routingId: 99 }) },
      { sender: contents, senderFrame: frame({ detached: true }) },
      { sender: stranger, senderFrame: stranger.mainFrame },
    ]
    for (const event of refused) {
      await expect(invoke(fake, IPC_CALL_CHANNEL, event, 'auth.session', {})).rejects.toThrow(
        /Refused/,
      )
      await expect(invoke(fake, IPC_CANCEL_CHANNEL, event, 'x')).rejects.toThrow(/Refused/)
      await expect(invoke(fake, IPC_CHOOSE_FOLDER_CHANNEL, event, 'Pick')).rejects.toThrow(
        /Refused/,
      )
      await expect(invoke(fake, IPC_CHOOSE_FILE_CHANNEL, event, 'backup')).rejects.toThrow(
        /Refused/,
      )
    }
    expect(fake.calls.openDialogs).toHaveLength(0)
    expect(fake.calls.saveDialogs).toHaveLength(0)
  })

  it('relays a call from app://casebook/ to the real backend worker', async () => {
    const result = await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'auth.session', {}, 'smoke-1')
    expect(result).toEqual({
      ok: true,
      value: {
        state: 'needs-setup',
        user: null,
        mustChangePassword: false,
        lockAfterMinutes: 10,
        mustEnrolSecondFactor: false,
        hasPendingRecoveryKey: false,
        isRecoveryKeyUnconfirmed: false,
        auditProblem: null,
      },
    })
    const about = (await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'app.about', {})) as {
      ok: boolean
      value: { host: string; dataFile: string }
    }
    expect(about.value).toMatchObject({ host: 'electron', dataFile: join(userData, 'casebook.db') })
    const unknown = (await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'nope.nothing', {})) as {
      ok: boolean
      error: { code: string }
    }
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ROUTE.UNKNOWN' } })
    const badId = await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'auth.session', {}, 'a b')
    expect(badId).toMatchObject({ ok: false, error: { code: 'INPUT.INVALID' } })
  })

  it('sends progress only to the calling window, under the id it chose', async () => {
    const setup = await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'setup.create', {
      organisationName: 'Smoke Test Independent Living',
      councils: [],
      admin: { username: 'smoke.admin', displayName: 'Smoke Admin', password: PASSWORD },
      secondFactorRoles: [],
    })
    expect(setup).toMatchObject({ ok: true })
    const signIn = await invoke(fake, IPC_CALL_CHANNEL, goodEvent(), 'auth.signIn', {
      username: 'smoke.admin',
      password: PASSWORD,
    })
    expect(signIn).toMatchObject({ ok: true })
    contents.sent.length = 0
    const backup = await invoke(
      fake,
      IPC_CALL_CHANNEL,
      goodEvent(),
      'backup.create',
      { file: join(userData, 'smoke.casebook-backup') },
      'backup-42',
    )
    expect(backup).toMatchObject({ ok: true })
    const progress = contents.sent.filter((m) => m.channel === IPC_PROGRESS_CHANNEL)
    expect(progress.length).toBeGreaterThan(0)
    for (const { payload } of progress) {
      expect(Object.keys(payload as object).sort()).toEqual(['callId', 'done', 'label', 'total'])
      expect(payload).toMatchObject({ callId: 'backup-42' })
    }
    await expect(invoke(fake, IPC_CANCEL_CHANNEL, goodEvent(), 'backup-42')).resolves.toBe(
      undefined,
    )
  })

  it('opens the folder picker for our window', async () => {
    const folder = await invoke(fake, IPC_CHOOSE_FOLDER_CHANNEL, goodEvent(), 'Choose a folder')
    expect(folder).toBe('/chosen/folder')
    expect(fake.calls.openDialogs).toHaveLength(1)
    const [parent, options] = fake.calls.openDialogs[0] as [unknown, { properties: string[] }]
    expect(parent).toBe(fake.windows[0])
    expect(options.properties).toContain('openDirectory')
  })

  it('opens a file picker only for the purposes it knows, worded and filtered by the shell', async () => {
    fake.calls.openDialogs.length = 0
    const backup = await invoke(fake, IPC_CHOOSE_FILE_CHANNEL, goodEvent(), 'backup')
    expect(backup).toBe('/chosen/folder')
    const [parent, open] = fake.calls.openDialogs[0] as [
      unknown,
      { properties: string[]; filters: { extensions: string[] }[]; title: string },
    ]
    expect(parent).toBe(fake.windows[0])
    expect(open.properties).toContain('openFile')
    expect(open.properties).not.toContain('openDirectory')
    expect(open.filters[0]!.extensions).toEqual(['cbk'])
    expect(open.title).toBe('Choose a backup file')

    const restored = await invoke(fake, IPC_CHOOSE_FILE_CHANNEL, goodEvent(), 'new-data-file')
    expect(restored).toBe('/chosen/restored.db')
    const [, save] = fake.calls.saveDialogs[0] as [unknown, { defaultPath: string }]
    expect(save.defaultPath.startsWith(join(userData, 'casebook-restored-'))).toBe(true)
    expect(save.defaultPath).toMatch(/casebook-restored-\d{4}-\d{2}-\d{2}\.db$/)

    const other = await invoke(fake, IPC_CHOOSE_FILE_CHANNEL, goodEvent(), 'data-file')
    expect(other).toBe('/chosen/folder')
    const [, openData] = fake.calls.openDialogs[1] as [
      unknown,
      { properties: string[]; filters: { extensions: string[] }[]; title: string },
    ]
    expect(openData.properties).toContain('openFile')
    expect(openData.filters[0]!.extensions).toEqual(['db'])
    expect(openData.title).toBe('Open a Casebook data file')

    for (const purpose of ['anything', { title: 'x' }, null]) {
      await expect(invoke(fake, IPC_CHOOSE_FILE_CHANNEL, goodEvent(), purpose)).resolves.toBeNull()
    }
    expect(fake.calls.openDialogs).toHaveLength(2)
    expect(fake.calls.saveDialogs).toHaveLength(1)
  })

  it('has a small menu: zoom for larger text, no dev tools when packaged, nothing on Ctrl+L', () => {
    const menu = fake.calls.applicationMenu as { template: unknown[] }
    const items: Record<string, unknown>[] = []
    const walk = (list: unknown[]) => {
      for (const item of list as Record<string, unknown>[]) {
        items.push(item)
        if (Array.isArray(item['submenu'])) walk(item['submenu'])
      }
    }
    walk(menu.template)
    const roles = items.map((item) => item['role'])
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'copy']))
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('reload')
    const accelerators = items.map((item) => String(item['accelerator'] ?? '').toLowerCase())
    expect(accelerators.filter((a) => /(^|\+)l$/.test(a))).toEqual([])
    expect(items.some((item) => item['label'] === 'About Casebook')).toBe(true)
  })

  it('focuses the existing window when a second copy starts', () => {
    const before = fake.windows[0]!.focusCount
    fake.app.emit('second-instance', {}, [], '')
    expect(fake.windows[0]!.focusCount).toBe(before + 1)
  })

  it('ends the window session on close and waits for the backend to close before quitting', async () => {
    const window = fake.windows[0]!
    const lockFile = join(userData, 'casebook.db.lock')
    expect(existsSync(lockFile)).toBe(true) // the data file is open
    const quitAfterClose = fake.nextQuit()
    window.simulateClosed()
    await quitAfterClose // window-all-closed → app.quit()
    const quitAfterShutdown = fake.nextQuit()
    const willQuit = preventable('')
    fake.app.emit('will-quit', willQuit)
    expect(willQuit.isPrevented).toBe(true)
    await quitAfterShutdown
    hasShutDown = true
    expect(fake.ipcHandlers.size).toBe(0)
    const again = preventable('')
    fake.app.emit('will-quit', again)
    expect(again.isPrevented).toBe(false)
    // The backend closed the data file (releasing its lock) before the app was allowed to quit.
    expect(existsSync(join(userData, 'casebook.db'))).toBe(true)
    expect(existsSync(lockFile)).toBe(false)
  })
})
