import { type Server, createServer } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { SignInPage } from './pages/auth-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { apiSession, send } from './support/http'
import type { PageGlobals } from './support/page-globals'

const PASSWORD = 'correct horse battery staple 42'

/** A page on another local port, as a malicious local web page would be. */
function startHostileSite(target: string): Promise<{ url: string; server: Server }> {
  const html = `<!doctype html><html lang="en"><head><title>Hostile</title></head><body>
<form id="f" method="POST" action="${target}/api/call" enctype="text/plain">
<input type="hidden" name='{"name":"auth.lock","input":{},"x":"' value='"}'></form>
<script>
fetch('${target}/api/call', { method: 'POST', mode: 'no-cors', credentials: 'include',
  headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ name: 'auth.lock', input: {} }) })
  .finally(() => { document.title = 'fetch sent'; document.getElementById('f').submit() })
</script></body></html>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' })
    res.end(html)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({ url: `http://127.0.0.1:${typeof address === 'object' && address?.port}`, server })
    }),
  )
}

describe('the web harness', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const api = await apiSession(harness)
    const setup = await api.post('/api/call', {
      name: 'setup.create',
      input: {
        organisationName: 'Calder Valley Peer Support',
        councils: [{ name: 'Calderdale Council', onsCode: 'E08000033' }],
        admin: { username: 'rowan', displayName: 'Rowan Pike', password: PASSWORD },
        secondFactorRoles: [],
      },
    })
    const made = JSON.parse(setup.body)
    expect(made.ok).toBe(true)
    // Set-up's last step: until the key is typed back, the window shows it instead of sign-in.
    const confirmed = await api.post('/api/call', {
      name: 'setup.confirmRecoveryKey',
      input: { recoveryKey: made.value.recoveryKey },
    })
    expect(JSON.parse(confirmed.body).ok).toBe(true)
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('refuses a cross-origin POST, even one carrying the signed-in browser’s cookie', async () => {
    const victim = await openPage(browser, harness.url)
    await new SignInPage(victim.page).signIn('rowan', PASSWORD)
    await new ShellPage(victim.page).heading('People').waitFor()

    const hostile = await startHostileSite(harness.url)
    try {
      const attack = await victim.context.newPage()
      const attempts: string[] = []
      const statuses: number[] = []
      attack.on('request', (request) => {
        if (request.url().endsWith('/api/call')) attempts.push(request.method())
      })
      attack.on('response', (response) => {
        if (response.url().endsWith('/api/call')) statuses.push(response.status())
      })
      await attack.goto(hostile.url)
      // Both attempts reach the harness (the fetch's answer is then hidden from the page by
      // Cross-Origin-Resource-Policy); the form's navigation shows the refusal itself.
      await expect.poll(() => statuses, { timeout: 10_000 }).toEqual([403])
      expect(attempts).toEqual(['POST', 'POST'])
      await attack.close()
    } finally {
      hostile.server.close()
    }

    // The attack changed nothing: the victim is still signed in and unlocked.
    const session = await victim.page.evaluate(() =>
      (globalThis as unknown as PageGlobals).casebook.call('auth.session', {}),
    )
    expect(session.ok && session.value.state).toBe('active')

    // The same refusal, spelled out: a foreign Origin, a missing one, a foreign Host.
    const api = await apiSession(harness)
    const body = { name: 'auth.session', input: {} }
    const refusedHeaders: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Content-Type': 'text/plain' },
    ]
    for (const headers of refusedHeaders) {
      const reply = await api.post('/api/call', body, headers)
      expect(reply.status).toBe(403)
      expect(JSON.parse(reply.body).error.code).toBe('AUTH.FORBIDDEN')
    }
    const rebound = await send(harness, '/', { headers: { Host: 'casebook.evil.example' } })
    expect(rebound.status).toBe(421)
    expect(rebound.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await victim.context.close()
  })

  it('serves only its own files, each with the CSP', async () => {
    const page = await send(harness, '/')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(String(page.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/)
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const reply = await send(harness, path)
      expect(reply.status).toBe(404)
      expect(reply.body).not.toContain('"name": "casebook"')
    }
  })

  it('gives a broken call a clear message', async () => {
    const tracked = await openPage(browser, harness.url)
    const { page } = tracked

    const unknown = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).casebook.call('no.such.route' as 'auth.session', {}),
    )
    expect(unknown).toEqual({
      ok: false,
      error: { code: 'ROUTE.UNKNOWN', message: 'There is no route called "no.such.route".' },
    })
    const invalid = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).casebook.call('auth.signIn', {
        password: 42 as unknown as string,
      }),
    )
    expect(invalid.ok === false && invalid.error.code).toBe('INPUT.INVALID')
    expect(invalid.ok === false && invalid.error.message).toMatch(/^password: /)

    const api = await apiSession(harness)
    const garbled = await api.post('/api/call', '{"name": "auth.session",')
    expect(garbled.status).toBe(400)
    expect(JSON.parse(garbled.body).error).toEqual({
      code: 'INPUT.INVALID',
      message: 'The request was not valid JSON.',
    })

    // In the UI: a username the backend refuses is explained beside the field.
    const signIn = new SignInPage(page)
    await signIn.signIn('Bad User!', PASSWORD)
    await page
      .getByText(/^Use only letters, digits, dots, dashes or underscores \(no spaces\)/)
      .waitFor()
    await checkPage(tracked, '20-sign-in-invalid-username')

    // When the harness has gone, the page says so in words instead of failing silently.
    await harness.stop({ keepData: true })
    await signIn.signIn('rowan', PASSWORD)
    await signIn.error().waitFor()
    expect(await signIn.error().innerText()).toMatch(/web harness did not answer \(no connection\)/)
    await tracked.context.close()
  })
})
