import type { Browser } from 'playwright-core'
import { expect } from 'vitest'
import { ChangePasswordPage, SignInPage } from '../pages/auth-pages'
import { ShellPage } from '../pages/shell-page'
import { type TrackedPage, openPage } from './browser'
import type { Harness } from './harness'
import { apiSession } from './http'

export const PASSWORD = 'correct horse battery staple 42'
export const FIRST = 'purple elephants dance quietly 7'
export const OWN = 'seven lanterns drift over kirklees'

export interface Staff {
  readonly username: string
  readonly displayName: string
  readonly role: 'admin' | 'coordinator' | 'adviser' | 'finance' | 'viewer'
}

/**
 * Sets up an organisation through the API (administrator "rowan") with the given staff, who all
 * still have to choose their own password at first sign-in. Returns a caller signed in as rowan.
 */
export async function setUpOrganisation(harness: Harness, staff: readonly Staff[]) {
  const api = await apiSession(harness)
  const call = async (name: string, input: unknown) => {
    const reply = JSON.parse((await api.post('/api/call', { name, input })).body)
    expect(reply, name).toMatchObject({ ok: true })
    return reply.value
  }
  const { recoveryKey } = await call('setup.create', {
    organisationName: 'Calder Valley Peer Support',
    councils: [{ name: 'Calderdale Council', onsCode: 'E08000033' }],
    admin: { username: 'rowan', displayName: 'Rowan Pike', password: PASSWORD },
    secondFactorRoles: [],
  })
  // Typed back, as the wizard's last step asks, so no reminder to keep it shows unless a test means it.
  await call('setup.confirmRecoveryKey', { recoveryKey })
  await call('auth.signIn', { username: 'rowan', password: PASSWORD })
  for (const person of staff) await call('users.add', { ...person, password: FIRST })
  return call
}

/** Signs someone in in a fresh browser context, choosing their own password the first time. */
export async function signInAs(
  browser: Browser,
  harness: Harness,
  username: string,
  options: { isFirstTime?: boolean } = {},
): Promise<TrackedPage> {
  const tracked = await openPage(browser, harness.url)
  const signIn = new SignInPage(tracked.page)
  await signIn.heading().waitFor()
  if (username === 'rowan') await signIn.signIn('rowan', PASSWORD)
  else if (options.isFirstTime) {
    await signIn.signIn(username, FIRST)
    await new ChangePasswordPage(tracked.page).change(FIRST, OWN)
  } else await signIn.signIn(username, OWN)
  await new ShellPage(tracked.page).navigation().waitFor()
  return tracked
}
