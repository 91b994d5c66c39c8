import { Worker } from 'node:worker_threads'
import type { Result } from '../../shared/result'
import type { FromWorker, ToWorker, WorkerOptions } from './worker-protocol'

export interface ProgressListener {
  (progress: { callId: string; done: number; total: number | null; label: string }): void
}

/**
 * Starts the backend in a worker thread and gives the host a promise-based handle on it.
 *
 * @example
 * const backend = startBackendWorker(join(__dirname, 'backend-worker.js'), { dataFile, host: 'web' })
 * await backend.call('window-1', 'auth.session', {})
 */
export function startBackendWorker(
  workerFile: string,
  options: WorkerOptions,
  onProgress: ProgressListener,
  log: (message: string, error?: string) => void = (m, e) =>
    console.error(`[casebook] ${m}`, e ?? ''),
) {
  const worker = new Worker(workerFile, { workerData: options })
  let nextId = 1
  const waiting = new Map<number, (value: unknown) => void>()
  worker.on('message', (message: FromWorker) => {
    if (message.type === 'progress') onProgress(message)
    else if (message.type === 'log') log(message.message, message.error)
    else {
      const resolve = waiting.get(message.id)
      waiting.delete(message.id)
      resolve?.(message.type === 'result' ? message.result : undefined)
    }
  })
  // If the worker dies, every waiting call gets an answer instead of hanging for ever.
  const failAll = (why: string) => {
    for (const [id, resolve] of waiting) {
      waiting.delete(id)
      resolve({
        ok: false,
        error: {
          code: 'INTERNAL',
          message: `Casebook's background process stopped (${why}). Restart Casebook; nothing saved was lost.`,
        },
      })
    }
  }
  worker.on('error', (error) => {
    log('The backend worker stopped', error.stack)
    failAll(error.message)
  })
  worker.on('exit', (code) => failAll(`exit code ${code}`))
  const send = <T>(build: (id: number) => ToWorker): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++
      waiting.set(id, resolve as (value: unknown) => void)
      worker.postMessage(build(id))
    })
  return {
    call(
      connectionId: string,
      name: string,
      input: unknown,
      callId?: string,
    ): Promise<Result<unknown>> {
      return send((id) => ({ type: 'call', id, connectionId, name, input, callId }))
    },
    cancel(callId: string): void {
      worker.postMessage({ type: 'cancel', callId } satisfies ToWorker)
    },
    disconnect(connectionId: string): Promise<void> {
      return send((id) => ({ type: 'disconnect', id, connectionId }))
    },
    async close(): Promise<void> {
      await send((id) => ({ type: 'close', id }))
      await worker.terminate()
    },
  }
}

export type BackendWorker = ReturnType<typeof startBackendWorker>
