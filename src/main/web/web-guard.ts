import type { IncomingMessage, Server } from 'node:http'

/** The only address the harness listens on. */
export const LOOPBACK_HOST = '127.0.0.1'

export class NotLoopbackError extends Error {
  override name = 'NotLoopbackError'
}

/**
 * Starts listening on 127.0.0.1 and nowhere else: the harness serves an unlocked case file to
 * whoever can reach it, so any other address (0.0.0.0, ::, a LAN address, even "localhost", which
 * may resolve to something else) is refused before the socket opens.
 *
 * @example const port = await listenOnLoopback(server, { port: 0 })
 */
export function listenOnLoopback(
  server: Server,
  options: { port: number; host?: string },
): Promise<number> {
  const host = options.host ?? LOOPBACK_HOST
  if (host !== LOOPBACK_HOST) {
    return Promise.reject(
      new NotLoopbackError(`The web harness only listens on ${LOOPBACK_HOST}, not on "${host}".`),
    )
  }
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ port: options.port, host: LOOPBACK_HOST, exclusive: true }, () => {
      server.off('error', reject)
      const address = server.address()
      if (!address || typeof address === 'string' || address.address !== LOOPBACK_HOST) {
        server.close()
        reject(new NotLoopbackError('The web harness did not bind to 127.0.0.1.'))
        return
      }
      resolve(address.port)
    })
  })
}

/** The Host values a request to this harness may carry (refuses DNS-rebinding names). */
export function allowedHosts(port: number): Set<string> {
  return new Set([`${LOOPBACK_HOST}:${port}`, `localhost:${port}`])
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return host !== undefined && allowedHosts(port).has(host.toLowerCase())
}

/**
 * A state-changing request must come from the harness's own page: a same-origin `Origin`, no
 * cross-site fetch metadata, and a JSON body (which a plain HTML form cannot send).
 */
export function isSameOriginPost(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (!origin) return false
  let parsed: URL
  try {
    parsed = new URL(origin)
  } catch {
    return false
  }
  if (parsed.protocol !== 'http:' || !allowedHosts(port).has(parsed.host.toLowerCase())) {
    return false
  }
  if (origin !== `http://${request.headers.host?.toLowerCase()}`) return false
  const site = request.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin') return false
  const type = request.headers['content-type'] ?? ''
  return /^application\/json\s*(;|$)/i.test(type)
}
