import { request } from 'node:http'
import type { Harness } from './harness'

export interface HttpReply {
  readonly status: number
  readonly headers: Record<string, string | string[] | undefined>
  readonly body: string
}

/** A raw HTTP request to the harness, with full control of Host, Origin and Cookie. */
export function send(
  harness: Harness,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: harness.port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${harness.port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A same-origin JSON POST, as the harness's own page makes it, on a fresh connection. */
export async function apiSession(harness: Harness) {
  const page = await send(harness, '/')
  const cookie = String(page.headers['set-cookie']).split(';')[0]!
  return {
    cookie,
    post(path: string, body: unknown, headers: Record<string, string> = {}) {
      return send(harness, path, {
        method: 'POST',
        body: typeof body === 'string' ? body : JSON.stringify(body),
        headers: {
          Origin: harness.url,
          'Content-Type': 'application/json',
          Cookie: cookie,
          ...headers,
        },
      })
    },
  }
}
