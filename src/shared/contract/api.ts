import type { RouteInput, RouteName, RouteResult } from './routes'

/** Progress of a long call (import, export, backup, seeding). `total` is null when unknown. */
export interface ProgressEvent {
  readonly callId: string
  readonly done: number
  readonly total: number | null
  readonly label: string
}

export interface CallOptions {
  /** Lets the caller match progress events and cancel the call. */
  readonly callId?: string
}

/**
 * What the renderer sees as `window.casebook`: exposed by the Electron preload, and by the web
 * harness shim with exactly the same shape.
 */
export interface CasebookApi {
  readonly host: 'electron' | 'web'
  call<N extends RouteName>(
    name: N,
    input: RouteInput<N>,
    options?: CallOptions,
  ): Promise<RouteResult<N>>
  cancel(callId: string): Promise<void>
  onProgress(listener: (event: ProgressEvent) => void): () => void
  /** A native folder picker; null when the host has none (the web harness) or the user cancelled. */
  chooseFolder(title: string): Promise<string | null>
  /**
   * A native file picker for one of a few fixed purposes (the shell words the dialog and its file
   * types; the page cannot ask for anything else); null when the host has none or the user
   * cancelled.
   */
  chooseFile(purpose: FilePurpose): Promise<string | null>
}

/**
 * `backup`: an existing .cbk file to check or restore. `new-data-file`: where to restore one to.
 * `data-file`: an existing data file to open instead of the one in use (at sign-in).
 */
export const FILE_PURPOSES = ['backup', 'new-data-file', 'data-file'] as const
export type FilePurpose = (typeof FILE_PURPOSES)[number]

/** The one IPC channel the preload uses; the shell checks the sender on every message. */
export const IPC_CALL_CHANNEL = 'casebook:call'
export const IPC_CANCEL_CHANNEL = 'casebook:cancel'
export const IPC_PROGRESS_CHANNEL = 'casebook:progress'
export const IPC_CHOOSE_FOLDER_CHANNEL = 'casebook:choose-folder'
export const IPC_CHOOSE_FILE_CHANNEL = 'casebook:choose-file'
