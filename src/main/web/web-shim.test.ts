import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { CasebookApi, ProgressEvent } from '../../shared/contract/api'
import { webShimScript } from './web-shim'

function load(reply: (url: string, body: unknown) => unknown | Error) {
  const sent: { url: string; body: unknown; credentials: string }[] = []
  let source: { onmessage: ((e: { data: string }) => void) | null } | null = null
  const window: Record<string, unknown> = {
    fetch: async (url: string, init: { body: string; credentials: string }) => {
      const body = JSON.parse(init.body) as unknown
      sent.push({ url, body, credentials: init.credentials })
      const value = reply(url, body)
      if (value instanceof Error) throw value
      return {
        status: 200,
        json: async () => {
          if (value === 'not json') throw new SyntaxError('bad')
          return value
        },
      }
    },
    EventSource: class {
      onmessage = null
      constructor() {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        source = this
      }
    },
  }
  runInNewContext(webShimScript(), { window })
  return {
    api: window.casebook as CasebookApi,
    sent,
    emit: (data: string) => source!.onmessage!({ data }),
  }
}

describe('web shim (served as a plain script)', () => {
  it('has exactly the CasebookApi shape, frozen, with host "web"', async () => {
    const { api } = load(() => ({ ok: true, value: null }))
    expect(Object.keys(api).sort()).toEqual([
      'call',
      'cancel',
      'chooseFile',
      'chooseFolder',
      'host',
      'onProgress',
    ])
    expect(api.host).toBe('web')
    expect(Object.isFrozen(api)).toBe(true)
    expect(await api.chooseFolder('Backup folder')).toBeNull()
    expect(await api.chooseFile('backup')).toBeNull()
  })

  it('posts calls and cancels, and hands back the Result', async () => {
    const { api, sent } = load(() => ({
      ok: false,
      error: { code: 'AUTH.LOCKED', message: 'Locked' },
    }))
    const result = await api.call('users.list', {}, { callId: 'abc' })
    expect(result).toEqual({ ok: false, error: { code: 'AUTH.LOCKED', message: 'Locked' } })
    await api.cancel('abc')
    expect(sent).toEqual([
      {
        url: './api/call',
        body: { name: 'users.list', input: {}, callId: 'abc' },
        credentials: 'same-origin',
      },
      { url: './api/cancel', body: { callId: 'abc' }, credentials: 'same-origin' },
    ])
  })

  it('turns a lost or garbled answer into a clear failure instead of throwing', async () => {
    const down = load(() => new TypeError('Failed to fetch'))
    const result = await down.api.call('auth.session', {})
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('HOST.UNAVAILABLE')
    expect(!result.ok && result.error.message).toMatch(/did not answer \(no connection\)/)
    const garbled = load(() => 'not json')
    const second = await garbled.api.call('auth.session', {})
    expect(!second.ok && second.error.message).toMatch(/HTTP 200/)
  })

  it('delivers progress events to listeners until they unsubscribe', () => {
    const { api, emit } = load(() => ({ ok: true, value: null }))
    const seen: ProgressEvent[] = []
    const stop = api.onProgress((e) => seen.push(e))
    emit('{"callId":"a","done":1,"total":2,"label":"Half"}')
    emit('garbage')
    stop()
    emit('{"callId":"a","done":2,"total":2,"label":"Done"}')
    expect(seen).toEqual([{ callId: 'a', done: 1, total: 2, label: 'Half' }])
  })
})
