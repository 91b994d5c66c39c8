import type {
  CallOptions,
  CasebookApi,
  FilePurpose,
  ProgressEvent,
} from '../../shared/contract/api'
import type { RouteInput, RouteName, RouteResult } from '../../shared/contract/routes'
import type { Result } from '../../shared/result'

/**
 * The browser globals the shim touches. Declared here, not taken from the DOM library, because this
 * file is compiled with the Node project: the shim is part of the harness, never of the renderer.
 */
export interface ShimWindow {
  fetch(
    url: string,
    init: {
      method: 'POST'
      headers: Record<string, string>
      body: string
      credentials: 'same-origin'
    },
  ): Promise<{ status: number; json(): Promise<unknown> }>
  EventSource: new (url: string) => {
    onmessage: ((event: { data: string }) => void) | null
  }
  casebook?: CasebookApi
}

/**
 * Defines `window.casebook` for the web harness with exactly the preload's shape: calls are POSTed
 * to /api/call, progress arrives as server-sent events, and there is no native folder picker.
 *
 * It is served as `(${installCasebookWebShim})(window)`, so it must not use anything from outside
 * its own body (imports here are types only).
 */
export function installCasebookWebShim(win: ShimWindow): void {
  const listeners = new Set<(event: ProgressEvent) => void>()
  const unavailable = (detail: string): Result<never> => ({
    ok: false,
    error: {
      code: 'HOST.UNAVAILABLE',
      message: `Casebook’s web harness did not answer (${detail}). Check it is still running, then try again.`,
    },
  })

  async function post(path: string, body: unknown): Promise<Result<unknown>> {
    let response: { status: number; json(): Promise<unknown> }
    try {
      response = await win.fetch(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      })
    } catch {
      return unavailable('no connection')
    }
    try {
      const value = (await response.json()) as Result<unknown> | null
      if (value && typeof value === 'object' && typeof value.ok === 'boolean') return value
    } catch {
      // Not JSON: reported below.
    }
    return unavailable(`HTTP ${response.status}`)
  }

  const events = new win.EventSource('./api/events')
  events.onmessage = (message) => {
    let event: ProgressEvent
    try {
      event = JSON.parse(message.data) as ProgressEvent
    } catch {
      return
    }
    for (const listener of [...listeners]) listener(event)
  }

  const api = {
    host: 'web',
    async call<N extends RouteName>(
      name: N,
      input: RouteInput<N>,
      options?: CallOptions,
    ): Promise<RouteResult<N>> {
      const callId = options?.callId
      const result = await post('./api/call', callId ? { name, input, callId } : { name, input })
      // The harness returns the router's Result, already checked against the route's output schema.
      return result as RouteResult<N>
    },
    async cancel(callId: string): Promise<void> {
      await post('./api/cancel', { callId })
    },
    onProgress(listener: (event: ProgressEvent) => void): () => void {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    async chooseFolder(_title: string): Promise<string | null> {
      return null
    },
    async chooseFile(_purpose: FilePurpose): Promise<string | null> {
      return null
    },
  } as const satisfies CasebookApi

  Object.defineProperty(win, 'casebook', {
    value: Object.freeze(api),
    enumerable: true,
    writable: false,
    configurable: false,
  })
}

/** The shim as a classic script for the harness to serve. */
export function webShimScript(): string {
  return `'use strict';\n(${installCasebookWebShim.toString()})(window);\n`
}
