import { createServer } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { LOOPBACK_HOST, NotLoopbackError, listenOnLoopback } from './web-guard'

describe('listenOnLoopback', () => {
  const server = createServer()
  afterEach(
    () =>
      new Promise<void>((resolve) =>
        server.listening ? server.close(() => resolve()) : resolve(),
      ),
  )

  it('binds 127.0.0.1 and reports the port it got', async () => {
    const port = await listenOnLoopback(server, { port: 0 })
    expect(port).toBeGreaterThan(0)
    const address = server.address()
    expect(typeof address === 'object' && address?.address).toBe(LOOPBACK_HOST)
  })

  it.each(['0.0.0.0', '::', '::1', 'localhost', '192.168.1.20', '', '127.0.0.2'])(
    'refuses to bind %j',
    async (host) => {
      await expect(listenOnLoopback(server, { port: 0, host })).rejects.toThrow(NotLoopbackError)
      expect(server.listening).toBe(false)
    },
  )
})
