import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

export interface ProgressMessage {
  readonly callId: string
  readonly done: number
  readonly total: number | null
  readonly label: string
}

interface Connection {
  readonly streams: Set<ServerResponse>
  goneTimer: NodeJS.Timeout | null
}

const ID_PATTERN = /^[0-9a-f]{48}$/
const KEEP_ALIVE_MS = 20_000

/**
 * One connection per browser (the web twin of an Electron window): its id lives in an HttpOnly,
 * SameSite=Strict cookie that only this harness issued. Progress events for a browser's calls reach
 * only that browser's event streams. When a browser has had no event stream for a while (the tab
 * closed), its session is ended, as closing a window does in Electron.
 */
export class Connections {
  private readonly known = new Map<string, Connection>()
  private readonly keepAlive: NodeJS.Timeout

  constructor(
    private readonly cookieName: string,
    private readonly onGone: (connectionId: string) => void,
    private readonly goneAfterMs = 60_000,
  ) {
    this.keepAlive = setInterval(() => this.ping(), KEEP_ALIVE_MS)
    this.keepAlive.unref()
  }

  /** The caller's connection id; issues a new one (and its cookie) when it has none we know. */
  resolve(request: IncomingMessage, response: ServerResponse): string {
    const presented = readCookie(request.headers.cookie, this.cookieName)
    if (presented && ID_PATTERN.test(presented) && this.known.has(presented)) return presented
    const id = randomBytes(24).toString('hex')
    this.known.set(id, { streams: new Set(), goneTimer: null })
    response.setHeader('Set-Cookie', `${this.cookieName}=${id}; Path=/; HttpOnly; SameSite=Strict`)
    return id
  }

  /** Keeps a server-sent-events response open for a connection until the browser drops it. */
  addStream(id: string, response: ServerResponse): void {
    const connection = this.known.get(id)
    if (!connection) return
    if (connection.goneTimer) clearTimeout(connection.goneTimer)
    connection.goneTimer = null
    connection.streams.add(response)
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    response.write('retry: 2000\n\n')
    response.on('close', () => {
      connection.streams.delete(response)
      if (connection.streams.size === 0 && this.known.has(id)) {
        connection.goneTimer = setTimeout(() => this.forget(id), this.goneAfterMs)
        connection.goneTimer.unref()
      }
    })
  }

  /** The id the backend sees for a browser's call, so two browsers' call ids never collide. */
  static scopedCallId(connectionId: string, callId: string): string {
    return `${connectionId}:${callId}`
  }

  /** Sends a backend progress event (with a scoped call id) to the browser that made the call. */
  deliver(event: ProgressMessage): void {
    const split = event.callId.indexOf(':')
    if (split < 0) return
    const connection = this.known.get(event.callId.slice(0, split))
    if (!connection) return
    const data = JSON.stringify({ ...event, callId: event.callId.slice(split + 1) })
    for (const stream of connection.streams) stream.write(`data: ${data}\n\n`)
  }

  closeAll(): void {
    clearInterval(this.keepAlive)
    for (const connection of this.known.values()) {
      if (connection.goneTimer) clearTimeout(connection.goneTimer)
      for (const stream of connection.streams) stream.end()
    }
  }

  private forget(id: string): void {
    this.known.delete(id)
    this.onGone(id)
  }

  private ping(): void {
    for (const connection of this.known.values()) {
      for (const stream of connection.streams) stream.write(': keep-alive\n\n')
    }
  }
}

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return null
}
