import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import type { ErrorCode } from '../../shared/error-codes'
import type { Result } from '../../shared/result'
import { Connections, type ProgressMessage } from './web-connections'
import { isAllowedHost, isSameOriginPost, listenOnLoopback } from './web-guard'
import { SHIM_PATH, readStaticFile } from './web-static'

/** What the harness needs from the backend (the worker client, or a fake in tests). */
export interface WebBackend {
  call(
    connectionId: string,
    name: string,
    input: unknown,
    callId?: string,
  ): Promise<Result<unknown>>
  cancel(callId: string): void
  disconnect(connectionId: string): Promise<void>
}

export interface WebServerOptions {
  readonly backend: WebBackend
  /** The built renderer (out/renderer). */
  readonly rendererDir: string
  /** The `window.casebook` shim, as a classic script. */
  readonly shimScript: string
  readonly log?: (message: string) => void
  /** How long a browser may go without an event stream before its session ends. */
  readonly goneAfterMs?: number
}

export interface WebServer {
  readonly server: Server
  /** Starts listening on 127.0.0.1 (0 = any free port) and returns the port. */
  listen(port: number): Promise<number>
  /** Routes a backend progress event to the browser that made the call. */
  deliverProgress(event: ProgressMessage): void
  close(): Promise<void>
}

const MAX_BODY_BYTES = 10 * 1024 * 1024
const CALL_ID = /^[A-Za-z0-9._-]{1,100}$/

const BASE_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  response.end(JSON.stringify(value))
}

function sendFailure(response: ServerResponse, failure: BadRequest): void {
  sendJson(response, failure.status, {
    ok: false,
    error: { code: failure.code, message: failure.message },
  })
}

async function readJsonObject(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) {
      throw new BadRequest(413, 'INPUT.INVALID', 'The request is too large (over 10 MB).')
    }
    chunks.push(chunk)
  }
  let value: unknown
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    throw new BadRequest(400, 'INPUT.INVALID', 'The request was not valid JSON.')
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new BadRequest(400, 'INPUT.INVALID', 'The request must be a JSON object.')
  }
  return value as Record<string, unknown>
}

function readCallId(value: unknown): string | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !CALL_ID.test(value)) {
    throw new BadRequest(
      400,
      'INPUT.INVALID',
      'callId must be 1–100 letters, digits, dots, dashes or underscores.',
    )
  }
  return value
}

/**
 * The web harness's HTTP server: the built renderer (with the `window.casebook` shim injected),
 * and three endpoints mirroring the preload — POST /api/call, GET /api/events (server-sent progress
 * events), POST /api/cancel. Every response carries the app's Content Security Policy.
 */
export function createWebServer(options: WebServerOptions): WebServer {
  const { backend } = options
  const log = options.log ?? ((message: string) => console.error(`[casebook web] ${message}`))
  let port = 0
  let connections: Connections | null = null
  const requireConnections = (): Connections => {
    if (!connections) throw new Error('The web harness is not listening yet')
    return connections
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(BASE_HEADERS)) response.setHeader(name, value)
    if (!isAllowedHost(request, port)) {
      throw new BadRequest(421, 'AUTH.FORBIDDEN', 'Refused: this harness answers only 127.0.0.1.')
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`)
    const method = request.method ?? 'GET'
    if (url.pathname.startsWith('/api/')) {
      await handleApi(url.pathname, method, request, response)
      return
    }
    if (method !== 'GET' && method !== 'HEAD') {
      throw new BadRequest(405, 'INPUT.INVALID', 'Only GET is allowed here.')
    }
    if (url.pathname === SHIM_PATH) {
      response.writeHead(200, {
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      response.end(method === 'HEAD' ? undefined : options.shimScript)
      return
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
      response.end('Not found')
      return
    }
    const isHtml = file.contentType.startsWith('text/html')
    if (isHtml) requireConnections().resolve(request, response)
    response.writeHead(200, {
      'Content-Type': file.contentType,
      'Cache-Control': isHtml ? 'no-store' : 'no-cache',
    })
    response.end(method === 'HEAD' ? undefined : file.body)
  }

  async function handleApi(
    path: string,
    method: string,
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const registry = requireConnections()
    if (path === '/api/events') {
      if (method !== 'GET') throw new BadRequest(405, 'INPUT.INVALID', 'Use GET for events.')
      const site = request.headers['sec-fetch-site']
      if (site !== undefined && site !== 'same-origin') {
        throw new BadRequest(403, 'AUTH.FORBIDDEN', 'Refused: events are for Casebook’s page.')
      }
      registry.addStream(registry.resolve(request, response), response)
      return
    }
    if (method !== 'POST') throw new BadRequest(405, 'INPUT.INVALID', 'Use POST for calls.')
    if (!isSameOriginPost(request, port)) {
      throw new BadRequest(
        403,
        'AUTH.FORBIDDEN',
        'Refused: this request did not come from Casebook’s own page.',
      )
    }
    const connectionId = registry.resolve(request, response)
    const body = await readJsonObject(request)
    if (path === '/api/call') {
      if (typeof body.name !== 'string' || body.name === '') {
        throw new BadRequest(400, 'INPUT.INVALID', 'A call needs the name of a route.')
      }
      const callId = readCallId(body.callId)
      const result = await backend.call(
        connectionId,
        body.name,
        body.input ?? {},
        callId === undefined ? undefined : Connections.scopedCallId(connectionId, callId),
      )
      sendJson(response, 200, result)
      return
    }
    if (path === '/api/cancel') {
      const callId = readCallId(body.callId)
      if (callId === undefined) throw new BadRequest(400, 'INPUT.INVALID', 'Say which call.')
      backend.cancel(Connections.scopedCallId(connectionId, callId))
      sendJson(response, 200, { ok: true, value: { done: true } })
      return
    }
    throw new BadRequest(404, 'ROUTE.UNKNOWN', `There is no endpoint ${path}.`)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy()
        return
      }
      if (error instanceof BadRequest) {
        sendFailure(response, error)
        return
      }
      log(`Request ${request.method} ${request.url} failed: ${String(error)}`)
      sendFailure(
        response,
        new BadRequest(500, 'INTERNAL', 'Something went wrong in the web harness.'),
      )
    })
  })

  return {
    server,
    async listen(requested) {
      port = await listenOnLoopback(server, { port: requested })
      connections = new Connections(
        `casebook-${port}`,
        (id) => {
          void backend.disconnect(id)
        },
        options.goneAfterMs,
      )
      return port
    },
    deliverProgress(event) {
      connections?.deliver(event)
    },
    close() {
      connections?.closeAll()
      return new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}
