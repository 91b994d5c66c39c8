import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import type { Result } from '../../shared/result'
import { type WebBackend, type WebServer, createWebServer } from './web-server'

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

describe('web server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-web-'))
  const calls: { connectionId: string; name: string; input: unknown; callId?: string }[] = []
  const cancelled: string[] = []
  const backend: WebBackend = {
    async call(connectionId, name, input, callId) {
      calls.push({ connectionId, name, input, callId })
      return { ok: true, value: { echoed: name } } as Result<unknown>
    },
    cancel: (callId) => void cancelled.push(callId),
    disconnect: async () => {},
  }
  let web: WebServer
  let port: number
  let cookie: string
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    send(port, path, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: {
        Origin: `http://127.0.0.1:${port}`,
        'Content-Type': 'application/json',
        Cookie: cookie,
        ...headers,
      },
    })

  beforeAll(async () => {
    mkdirSync(join(dir, 'renderer'))
    writeFileSync(join(dir, 'renderer', 'index.html'), '<html><head></head><body></body></html>')
    writeFileSync(join(dir, 'secret.txt'), 'secret')
    web = createWebServer({
      backend,
      rendererDir: join(dir, 'renderer'),
      shimScript: '/*shim*/',
      log: () => {},
    })
    port = await web.listen(0)
    const page = await send(port, '/')
    cookie = String(page.headers['set-cookie']).split(';')[0]!
  })
  afterAll(async () => {
    await web.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the page with the CSP and an HttpOnly, SameSite=Strict connection cookie', async () => {
    const page = await send(port, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(page.body).toContain('/casebook-web-shim.js')
    expect(String(page.headers['set-cookie'])).toMatch(
      new RegExp(`^casebook-${port}=[0-9a-f]{48}; Path=/; HttpOnly; SameSite=Strict$`),
    )
    const shim = await send(port, '/casebook-web-shim.js')
    expect(shim.body).toBe('/*shim*/')
    expect(shim.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('refuses path traversal and a foreign Host', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(port, path)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('secret')
    }
    const rebound = await send(port, '/', { headers: { Host: `evil.example:${port}` } })
    expect(rebound.status).toBe(421)
    expect(rebound.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  })

  it('passes a call to the backend under the browser’s connection, scoping its call id', async () => {
    const reply = await post('/api/call', { name: 'auth.session', input: {}, callId: 'c1' })
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echoed: 'auth.session' } })
    const last = calls.at(-1)!
    expect(`casebook-${port}=${last.connectionId}`).toBe(cookie)
    expect(last.callId).toBe(`${last.connectionId}:c1`)
    await post('/api/cancel', { callId: 'c1' })
    expect(cancelled).toEqual([`${last.connectionId}:c1`])
  })

  it('refuses cross-origin, origin-less, cross-site and non-JSON posts', async () => {
    const before = calls.length
    const body = { name: 'users.list', input: {} }
    const refused = [
      await post('/api/call', body, { Origin: 'http://evil.example' }),
      await post('/api/call', body, { Origin: `http://localhost:${port + 1}` }),
      await post('/api/call', body, { 'Sec-Fetch-Site': 'cross-site' }),
      await post('/api/call', body, { 'Content-Type': 'text/plain' }),
      await send(port, '/api/call', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', Cookie: cookie },
      }),
    ]
    for (const reply of refused) {
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body).error.code).toBe('AUTH.FORBIDDEN')
    }
    expect(calls.length).toBe(before)
  })

  it('answers a broken call with a clear failure', async () => {
    const notJson = await post('/api/call', '{name:')
    expect(notJson.status).toBe(400)
    expect(JSON.parse(notJson.body).error).toEqual({
      code: 'INPUT.INVALID',
      message: 'The request was not valid JSON.',
    })
    const noName = await post('/api/call', { input: {} })
    expect(JSON.parse(noName.body).error.message).toMatch(/name of a route/)
    const badId = await post('/api/call', { name: 'x.y', callId: '../../x' })
    expect(JSON.parse(badId.body).error.code).toBe('INPUT.INVALID')
    const getCall = await send(port, '/api/call')
    expect(getCall.status).toBe(405)
  })

  it('sends progress only to the browser that made the call', async () => {
    const other = await send(port, '/')
    const otherCookie = String(other.headers['set-cookie']).split(';')[0]!
    const received: Record<string, string> = { mine: '', theirs: '' }
    const open = (name: 'mine' | 'theirs', c: string) =>
      new Promise<() => void>((resolve) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            path: '/api/events',
            headers: { Host: `127.0.0.1:${port}`, Cookie: c },
          },
          (res) => {
            res.on('data', (chunk: Buffer) => (received[name] += chunk.toString()))
            resolve(() => req.destroy())
          },
        )
        req.end()
      })
    const closeMine = await open('mine', cookie)
    const closeTheirs = await open('theirs', otherCookie)
    const id = cookie.split('=')[1]!
    web.deliverProgress({ callId: `${id}:job-1`, done: 1, total: 4, label: 'Copying' })
    await new Promise((r) => setTimeout(r, 100))
    closeMine()
    closeTheirs()
    expect(received.mine).toContain('data: {"callId":"job-1","done":1,"total":4,"label":"Copying"}')
    expect(received.theirs).not.toContain('job-1')
  })
})
