import type { Result } from '../../shared/result'
import { BackendCore, type BackendOptions } from './backend-core'
import { type DispatchOptions, dispatch } from './router'

export type { BackendOptions } from './backend-core'

/**
 * The backend as a host sees it: calls by connection (a window, a browser, a CLI run), cancel by call
 * id, and close (which makes the on-close backup and shuts the data file).
 *
 * @example
 * const backend = createBackend({ dataFile: '/data/casebook.db', host: 'cli' })
 * const result = await backend.call('cli', 'auth.signIn', { username: 'sam', password })
 */
export interface Backend {
  readonly core: BackendCore
  call(
    connectionId: string,
    name: string,
    input: unknown,
    options?: DispatchOptions,
  ): Promise<Result<unknown>>
  cancel(callId: string): void
  /** A window closed or a browser went away: its session ends. */
  disconnect(connectionId: string): Promise<void>
  close(): Promise<void>
}

export function createBackend(options: BackendOptions): Backend {
  const core = new BackendCore(options)
  const running = new Map<string, AbortController>()
  return {
    core,
    async call(connectionId, name, input, callOptions = {}) {
      const controller = new AbortController()
      if (callOptions.callId) running.set(callOptions.callId, controller)
      try {
        return await dispatch(core, connectionId, name, input, {
          ...callOptions,
          signal: controller.signal,
        })
      } finally {
        if (callOptions.callId) running.delete(callOptions.callId)
      }
    },
    cancel(callId) {
      running.get(callId)?.abort()
    },
    async disconnect(connectionId) {
      if (core.sessions.has(connectionId)) {
        await dispatch(core, connectionId, 'auth.signOut', {})
      }
    },
    async close() {
      core.sessions.clear()
      await core.closeStore()
    },
  }
}
