import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type CasebookApi,
  IPC_CALL_CHANNEL,
  IPC_CANCEL_CHANNEL,
  IPC_CHOOSE_FILE_CHANNEL,
  IPC_CHOOSE_FOLDER_CHANNEL,
  IPC_PROGRESS_CHANNEL,
  type ProgressEvent,
} from '../../src/shared/contract/api'
import { loadBundle, seedElectron } from './fake-electron'

/**
 * Loads the BUILT preload (out/preload/index.cjs) with a fake `electron` and checks what it exposes:
 * only `casebook`, on the contract's channels, with a sandbox-safe bundle (it may require nothing but
 * 'electron').
 */
const PRELOAD = resolve(import.meta.dirname, '..', '..', 'out', 'preload', 'index.cjs')
const isBuilt = existsSync(PRELOAD)
if (!isBuilt) {
  console.warn(`[smoke] SKIPPED: ${PRELOAD} is missing. Run \`npx electron-vite build\` first.`)
}

describe.skipIf(!isBuilt)('the built preload', () => {
  const exposed = new Map<string, unknown>()
  const invocations: unknown[][] = []
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
  let unseed: () => void
  let api: CasebookApi

  beforeAll(() => {
    unseed = seedElectron({
      contextBridge: {
        exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value),
      },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invocations.push(args)
          if (args[0] === IPC_CHOOSE_FOLDER_CHANNEL) return '/some/folder'
          if (args[0] === IPC_CHOOSE_FILE_CHANNEL) return '/some/backup.cbk'
          return { ok: true, value: 1 }
        },
        on(channel: string, listener: (...args: unknown[]) => void) {
          if (!listeners.has(channel)) listeners.set(channel, new Set())
          listeners.get(channel)!.add(listener)
        },
        removeListener(channel: string, listener: (...args: unknown[]) => void) {
          listeners.get(channel)?.delete(listener)
        },
      },
    })
    loadBundle(PRELOAD)
    api = exposed.get('casebook') as CasebookApi
  })

  afterAll(() => unseed?.())

  it('requires nothing but electron (a sandboxed preload cannot)', () => {
    const requires = [...readFileSync(PRELOAD, 'utf8').matchAll(/require\(["']([^"']+)["']\)/g)]
    expect(requires.map((match) => match[1])).toEqual(['electron'])
  })

  it('exposes only window.casebook, for the electron host', () => {
    expect([...exposed.keys()]).toEqual(['casebook'])
    expect(api.host).toBe('electron')
    expect(Object.keys(api).sort()).toEqual(
      ['call', 'cancel', 'chooseFile', 'chooseFolder', 'host', 'onProgress'].sort(),
    )
  })

  it('calls on the contract channel, making up a call id when none is given', async () => {
    invocations.length = 0
    await expect(api.call('auth.session', {})).resolves.toEqual({ ok: true, value: 1 })
    await api.call('auth.session', {}, { callId: 'mine-1' })
    const [first, second] = invocations
    expect(first?.slice(0, 3)).toEqual([IPC_CALL_CHANNEL, 'auth.session', {}])
    expect(first?.[3]).toMatch(/^[0-9a-f-]{36}$/)
    expect(second).toEqual([IPC_CALL_CHANNEL, 'auth.session', {}, 'mine-1'])
  })

  it('cancels and picks folders and files on their channels', async () => {
    invocations.length = 0
    await expect(api.cancel('mine-1')).resolves.toBeUndefined()
    await expect(api.chooseFolder('Backup folder')).resolves.toBe('/some/folder')
    await expect(api.chooseFile('backup')).resolves.toBe('/some/backup.cbk')
    expect(invocations).toEqual([
      [IPC_CANCEL_CHANNEL, 'mine-1'],
      [IPC_CHOOSE_FOLDER_CHANNEL, 'Backup folder'],
      [IPC_CHOOSE_FILE_CHANNEL, 'backup'],
    ])
  })

  it('passes progress on as a plain copy, and unsubscribes', () => {
    const seen: ProgressEvent[] = []
    const unsubscribe = api.onProgress((event) => seen.push(event))
    const [listener] = listeners.get(IPC_PROGRESS_CHANNEL) ?? []
    expect(listener).toBeDefined()
    const ipcEvent = { sender: 'the IpcRendererEvent must not reach the page' }
    listener!(ipcEvent, { callId: 'c', done: 1, total: 2, label: 'Copying', extra: 'dropped' })
    expect(seen).toEqual([{ callId: 'c', done: 1, total: 2, label: 'Copying' }])
    unsubscribe()
    expect(listeners.get(IPC_PROGRESS_CHANNEL)?.size).toBe(0)
  })
})
