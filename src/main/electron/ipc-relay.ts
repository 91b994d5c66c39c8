import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron'
import {
  FILE_PURPOSES,
  type FilePurpose,
  IPC_CALL_CHANNEL,
  IPC_CANCEL_CHANNEL,
  IPC_CHOOSE_FILE_CHANNEL,
  IPC_CHOOSE_FOLDER_CHANNEL,
  IPC_PROGRESS_CHANNEL,
  type ProgressEvent,
} from '../../shared/contract/api'
import { fail } from '../../shared/result'
import type { BackendWorker } from '../backend/worker-client'
import type { PageOrigin } from './page-origin'

export const RELAYED_CHANNELS = [
  IPC_CALL_CHANNEL,
  IPC_CANCEL_CHANNEL,
  IPC_CHOOSE_FOLDER_CHANNEL,
  IPC_CHOOSE_FILE_CHANNEL,
] as const

/** A renderer-chosen call id: short and plain, so it can be namespaced safely. */
const CALL_ID = /^[\w.:-]{1,128}$/
const MAX_ROUTE_NAME = 100
const MAX_DIALOG_TITLE = 200

export interface RelayDeps {
  readonly origin: PageOrigin
  /** The backend, once started; calls before that are refused. */
  backend(): Pick<BackendWorker, 'call' | 'cancel'> | null
  /** True only for the WebContents of a window Casebook created. */
  isOurWindow(contents: WebContents): boolean
  chooseFolder(contents: WebContents, title: string): Promise<string | null>
  chooseFile(contents: WebContents, purpose: FilePurpose): Promise<string | null>
  log(message: string): void
}

/** One backend connection (and so one session) per window. */
export function connectionIdOf(contents: WebContents): string {
  return `window-${contents.id}`
}

function isSameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId)
}

/**
 * The check made on every IPC message: it must come from the main frame (not an iframe) of one of our
 * windows, and that frame must be showing our own page. Anything else is refused before it reaches
 * the backend.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  deps: Pick<RelayDeps, 'origin' | 'isOurWindow'>,
): boolean {
  const frame = event.senderFrame
  if (!frame || frame.detached || frame.parent !== null) return false
  if (!deps.isOurWindow(event.sender)) return false
  if (!isSameFrame(frame, event.sender.mainFrame)) return false
  return deps.origin.isOwnUrl(frame.url)
}

/**
 * Relays the preload's calls to the backend worker and its progress events back to the window that
 * made the call. Call ids are namespaced by connection in the worker, so one window can neither see
 * nor cancel another's work.
 */
export function createIpcRelay(deps: RelayDeps) {
  /** worker call id → the window that made the call and the id it chose. */
  const owners = new Map<string, { contents: WebContents; callId: string }>()

  function guard(event: IpcMainInvokeEvent, channel: string): void {
    if (isTrustedSender(event, deps)) return
    deps.log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a frame that has gone'}`)
    throw new Error('Refused: this message did not come from a Casebook window.')
  }

  async function call(event: IpcMainInvokeEvent, name: unknown, input: unknown, callId: unknown) {
    guard(event, IPC_CALL_CHANNEL)
    if (typeof name !== 'string' || name.length > MAX_ROUTE_NAME) {
      return fail('INPUT.INVALID', 'The call did not name a route.')
    }
    if (callId !== undefined && (typeof callId !== 'string' || !CALL_ID.test(callId))) {
      return fail(
        'INPUT.INVALID',
        'The call id must be 1–128 letters, digits, "_", ".", ":" or "-".',
      )
    }
    const backend = deps.backend()
    if (!backend) return fail('INTERNAL', 'Casebook is still starting. Try again in a moment.')
    const connectionId = connectionIdOf(event.sender)
    const workerCallId = callId === undefined ? undefined : `${connectionId}/${callId}`
    if (workerCallId) {
      if (owners.has(workerCallId)) {
        return fail('INPUT.INVALID', `A call with id "${callId}" is still running.`)
      }
      owners.set(workerCallId, { contents: event.sender, callId: callId as string })
    }
    try {
      return await backend.call(connectionId, name, input, workerCallId)
    } finally {
      if (workerCallId) owners.delete(workerCallId)
    }
  }

  function cancel(event: IpcMainInvokeEvent, callId: unknown): void {
    guard(event, IPC_CANCEL_CHANNEL)
    if (typeof callId !== 'string' || !CALL_ID.test(callId)) return
    deps.backend()?.cancel(`${connectionIdOf(event.sender)}/${callId}`)
  }

  async function chooseFolder(event: IpcMainInvokeEvent, title: unknown): Promise<string | null> {
    guard(event, IPC_CHOOSE_FOLDER_CHANNEL)
    const text = typeof title === 'string' ? title.slice(0, MAX_DIALOG_TITLE) : 'Choose a folder'
    return deps.chooseFolder(event.sender, text)
  }

  async function chooseFile(event: IpcMainInvokeEvent, purpose: unknown): Promise<string | null> {
    guard(event, IPC_CHOOSE_FILE_CHANNEL)
    if (!FILE_PURPOSES.includes(purpose as FilePurpose)) {
      deps.log(`Refused a file picker for an unknown purpose: ${String(purpose).slice(0, 40)}`)
      return null
    }
    return deps.chooseFile(event.sender, purpose as FilePurpose)
  }

  return {
    register(): void {
      ipcMain.handle(IPC_CALL_CHANNEL, call)
      ipcMain.handle(IPC_CANCEL_CHANNEL, cancel)
      ipcMain.handle(IPC_CHOOSE_FOLDER_CHANNEL, chooseFolder)
      ipcMain.handle(IPC_CHOOSE_FILE_CHANNEL, chooseFile)
    },

    unregister(): void {
      for (const channel of RELAYED_CHANNELS) ipcMain.removeHandler(channel)
    },

    /** Sends a worker progress event to the one window whose call it belongs to. */
    forwardProgress(progress: ProgressEvent): void {
      const owner = owners.get(progress.callId)
      if (!owner || owner.contents.isDestroyed()) return
      const event: ProgressEvent = {
        callId: owner.callId,
        done: progress.done,
        total: progress.total,
        label: progress.label,
      }
      owner.contents.send(IPC_PROGRESS_CHANNEL, event)
    },

    /** Cancels a closed window's running calls (its backend session is ended separately). */
    forget(contents: WebContents): void {
      for (const [id, owner] of owners) {
        if (owner.contents !== contents) continue
        owners.delete(id)
        deps.backend()?.cancel(id)
      }
    },
  }
}

export type IpcRelay = ReturnType<typeof createIpcRelay>
