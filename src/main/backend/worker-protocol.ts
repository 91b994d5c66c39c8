import type { Result } from '../../shared/result'
import type { BackendOptions } from './backend-core'

/** Messages between a host (Electron shell, web harness) and the backend worker thread. */
export type ToWorker =
  | {
      type: 'call'
      id: number
      connectionId: string
      name: string
      input: unknown
      callId?: string
    }
  | { type: 'cancel'; callId: string }
  | { type: 'disconnect'; id: number; connectionId: string }
  | { type: 'close'; id: number }

export type FromWorker =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; callId: string; done: number; total: number | null; label: string }
  | { type: 'done'; id: number }
  | { type: 'log'; message: string; error?: string }

export type WorkerOptions = Pick<
  BackendOptions,
  'dataFile' | 'settingsFile' | 'host' | 'automaticBackups'
>
