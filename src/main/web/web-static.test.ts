import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { SHIM_PATH, injectShim, readStaticFile, resolveStaticPath } from './web-static'

describe('resolveStaticPath', () => {
  const root = '/srv/ui'
  it('maps paths inside the folder, and / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe('/srv/ui/index.html')
    expect(resolveStaticPath(root, '/assets/app.js')).toBe('/srv/ui/assets/app.js')
    expect(resolveStaticPath(root, '/assets/a%20b.css')).toBe('/srv/ui/assets/a b.css')
  })

  it.each([
    '/../secret',
    '/assets/../../secret',
    '/%2e%2e/secret',
    '/%2e%2e%2fsecret',
    '/..%5csecret',
    '/assets%5c..%5c..%5csecret',
    '/a%00b',
    '/%E0%A4%A',
  ])('refuses %s', (path) => {
    expect(resolveStaticPath(root, path)).toBeNull()
  })
})

describe('readStaticFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-static-'))
  const root = join(dir, 'renderer')
  mkdirSync(root)
  writeFileSync(join(dir, 'secret.txt'), 'secret')
  writeFileSync(
    join(root, 'index.html'),
    '<html><head><script type="module" src="./assets/i.js"></script></head></html>',
  )
  symlinkSync(join(dir, 'secret.txt'), join(root, 'link.txt'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('injects the shim before the app script in index.html', async () => {
    const file = await readStaticFile(root, '/')
    const html = file!.body.toString()
    expect(html.indexOf(SHIM_PATH)).toBeGreaterThan(0)
    expect(html.indexOf(SHIM_PATH)).toBeLessThan(html.indexOf('assets/i.js'))
    expect(file!.contentType).toMatch(/^text\/html/)
  })

  it('does not follow a link out of the folder', async () => {
    expect(await readStaticFile(root, '/link.txt')).toBeNull()
    expect(await readStaticFile(root, '/../secret.txt')).toBeNull()
  })

  it('injectShim needs a head when there is no script', () => {
    expect(injectShim('<head></head>')).toContain(SHIM_PATH)
    expect(() => injectShim('<p>')).toThrow()
  })
})
