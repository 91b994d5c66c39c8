import { parentPort, workerData } from 'node:worker_threads'
import { createBackend } from './backend'
import type { FromWorker, ToWorker, WorkerOptions } from './worker-protocol'

/**
 * Entry of the backend worker thread: SQLite is synchronous, so it runs here and the window's
 * process never waits on a query.
 */
const port = parentPort
if (!port) throw new Error('backend-worker must run in a worker thread')
const post = (message: FromWorker) => port.postMessage(message)
const options = workerData as WorkerOptions
const backend = createBackend({
  ...options,
  log: (message, error) =>
    post({
      type: 'log',
      message,
      error:
        error instanceof Error ? (error.stack ?? error.message) : error ? String(error) : undefined,
    }),
})

port.on('message', (message: ToWorker) => {
  switch (message.type) {
    case 'call':
      void backend
        .call(message.connectionId, message.name, message.input, {
          callId: message.callId,
          onProgress: message.callId
            ? (done, total, label) =>
                post({ type: 'progress', callId: message.callId!, done, total, label })
            : undefined,
        })
        .then((result) => post({ type: 'result', id: message.id, result }))
      break
    case 'cancel':
      backend.cancel(message.callId)
      break
    case 'disconnect':
      void backend
        .disconnect(message.connectionId)
        .then(() => post({ type: 'done', id: message.id }))
      break
    case 'close':
      void backend.close().then(() => post({ type: 'done', id: message.id }))
      break
  }
})
