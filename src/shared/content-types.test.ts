import { describe, expect, it } from 'vitest'
import { contentTypeOf } from './content-types'

describe('contentTypeOf', () => {
  it('names the renderer’s files by extension, in any case', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeOf('assets/index-AB12.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeOf('font.woff2')).toBe('font/woff2')
  })

  it('serves anything else as bytes, never as something a browser would run', () => {
    expect(contentTypeOf('README')).toBe('application/octet-stream')
    expect(contentTypeOf('evil.exe')).toBe('application/octet-stream')
    expect(contentTypeOf('.hidden/file')).toBe('application/octet-stream')
  })
})
