import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type {
  CasebookApi,
  IPC_CALL_CHANNEL,
  IPC_CANCEL_CHANNEL,
  IPC_CHOOSE_FILE_CHANNEL,
  IPC_CHOOSE_FOLDER_CHANNEL,
  IPC_PROGRESS_CHANNEL,
  ProgressEvent,
} from '../shared/contract/api'

/*
 * The whole preload: it exposes `window.casebook` and nothing else. It may import only types from
 * src/shared (a sandboxed preload can require nothing but 'electron'), so the channel names are
 * repeated here; the `typeof` annotations make a mismatch with src/shared a compile error.
 */
const CALL: typeof IPC_CALL_CHANNEL = 'casebook:call'
const CANCEL: typeof IPC_CANCEL_CHANNEL = 'casebook:cancel'
const PROGRESS: typeof IPC_PROGRESS_CHANNEL = 'casebook:progress'
const CHOOSE_FOLDER: typeof IPC_CHOOSE_FOLDER_CHANNEL = 'casebook:choose-folder'
const CHOOSE_FILE: typeof IPC_CHOOSE_FILE_CHANNEL = 'casebook:choose-file'

const api = {
  host: 'electron',

  call(name, input, options) {
    const callId = options?.callId ?? crypto.randomUUID()
    return ipcRenderer.invoke(CALL, name, input, callId)
  },

  async cancel(callId) {
    await ipcRenderer.invoke(CANCEL, callId)
  },

  onProgress(listener) {
    // The renderer gets a plain copy of the event, never Electron's IpcRendererEvent (it carries
    // the sender).
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) =>
      listener({
        callId: progress.callId,
        done: progress.done,
        total: progress.total,
        label: progress.label,
      })
    ipcRenderer.on(PROGRESS, forward)
    return () => {
      ipcRenderer.removeListener(PROGRESS, forward)
    }
  },

  chooseFolder(title) {
    return ipcRenderer.invoke(CHOOSE_FOLDER, title)
  },

  chooseFile(purpose) {
    return ipcRenderer.invoke(CHOOSE_FILE, purpose)
  },
} satisfies CasebookApi

contextBridge.exposeInMainWorld('casebook', api)
