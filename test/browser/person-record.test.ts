import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PersonFormPage, PersonPage } from './pages/people-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { OWN, setUpOrganisation, signInAs } from './support/people-setup'
import { LockPage, SignInPage } from './pages/auth-pages'

const POLL = { timeout: 15_000 }

describe('the rest of a person’s record: referrals, sharing, the circle and the status', () => {
  let browser: Browser
  let harness: Harness
  let ref: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
    ])
    const record = await call('people.create', {
      fields: { legalGivenName: 'Winston', legalFamilyName: 'Achebe', dateOfBirth: '1948-02-11' },
      status: 'referral',
    })
    ref = record.summary.ref
    await call('circle.add', {
      ref,
      member: { name: 'Grace Achebe', kind: 'family', relationship: 'Daughter', mayContact: true },
    })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('records and corrects a referral, saves a sharing note, takes someone out of the circle, and closes then reopens the record', async () => {
    const ada = await signInAs(browser, harness, 'ada', { isFirstTime: true })
    const { page } = ada
    const person = new PersonPage(page)
    await new ShellPage(page).open(`/people/${ref}`)
    await person.heading('Winston Achebe').waitFor(POLL)

    // A referral: a date received in the future is refused on its field; then saved and changed.
    await person.tab('Consents & sharing')
    await page.getByRole('button', { name: 'Record a referral' }).click()
    const referral = page.getByRole('dialog', { name: 'Record a referral' })
    await referral
      .getByLabel('Who referred them')
      .selectOption({ label: 'Council social work team' })
    await referral.getByLabel('Name of the referrer').fill('Halifax North locality team')
    await referral.getByLabel('Date received').fill('01/01/2099')
    await referral.getByLabel('Reason for the referral').fill('Wants to employ his own PA.')
    await referral.getByRole('button', { name: 'Record referral' }).click()
    await expect
      .poll(() => referral.getByLabel('Date received').getAttribute('aria-invalid'), POLL)
      .toBe('true')
    await referral.getByLabel('Date received').fill('03/11/2026')
    await referral.getByRole('button', { name: 'Record referral' }).click()
    await referral.waitFor({ state: 'hidden' })
    const referrals = page.getByTestId('referrals')
    await expect
      .poll(() => referrals.innerText(), POLL)
      .toMatch(/03\/11\/2026[\s\S]*Halifax North locality team[\s\S]*Not yet/)

    await page.getByRole('button', { name: 'Change the referral received 03/11/2026' }).click()
    const change = page.getByRole('dialog', { name: 'Change a referral' })
    expect(await change.getByLabel('Name of the referrer').inputValue()).toBe(
      'Halifax North locality team',
    )
    await change.getByLabel('First contact').fill('05/11/2026')
    await change.getByLabel('Outcome', { exact: true }).fill('Support plan started')
    await change.getByRole('button', { name: 'Save referral' }).click()
    await change.waitFor({ state: 'hidden' })
    await expect
      .poll(() => referrals.innerText(), POLL)
      .toMatch(/05\/11\/2026[\s\S]*Support plan started/)
    expect(await referrals.locator('tbody tr').count()).toBe(1)

    // The data-sharing note for the council, saved and shown as saved after a reload.
    const sharing = page.getByLabel('What may be shared with Calderdale Council')
    await sharing.fill('Plan and reviews only. Ask before sharing anything about his health.')
    await page.getByRole('button', { name: 'Save note for Calderdale Council' }).click()
    await expect
      .poll(
        () => page.getByRole('button', { name: 'Save note for Calderdale Council' }).isDisabled(),
        POLL,
      )
      .toBe(true)
    await page.reload()
    await expect
      .poll(() => page.getByLabel('What may be shared with Calderdale Council').inputValue(), POLL)
      .toBe('Plan and reviews only. Ask before sharing anything about his health.')
    await page.getByText(/^Last saved /).waitFor()
    await checkPage(ada, '45-consents-sharing-referrals')

    // The circle: taking someone out keeps them in the record's history, behind a switch.
    await person.tab('Circle of support')
    const grace = page.getByRole('article', { name: /^Grace Achebe/ })
    await grace.getByRole('button', { name: 'Take out of circle…' }).click()
    await page
      .getByRole('dialog', { name: 'Take out of the circle of support?' })
      .getByRole('button', { name: 'Take Grace Achebe out' })
      .click()
    await page.getByText('Nobody is recorded in the circle of support yet.').waitFor(POLL)
    await page.getByRole('switch', { name: 'Show people taken out of the circle (1)' }).check()
    await page
      .getByRole('article', { name: 'Grace Achebe (no longer in the circle)' })
      .waitFor(POLL)
    // Taken out by mistake: put back in, with what was recorded about her.
    await grace.getByRole('button', { name: 'Put back in the circle' }).click()
    await page.getByRole('article', { name: 'Grace Achebe', exact: true }).waitFor(POLL)
    expect(await grace.innerText()).toMatch(/Daughter/)
    expect(await page.getByRole('switch', { name: /^Show people taken out/ }).count()).toBe(0)
    await grace.getByRole('button', { name: 'Take out of circle…' }).click()
    await page
      .getByRole('dialog', { name: 'Take out of the circle of support?' })
      .getByRole('button', { name: 'Take Grace Achebe out' })
      .click()
    await page.getByText('Nobody is recorded in the circle of support yet.').waitFor(POLL)

    // Closing needs a reason; reopening keeps the history of both changes.
    await page.getByRole('button', { name: 'Change status…' }).click()
    const status = page.getByRole('dialog', { name: 'Change status' })
    await status.getByRole('radio', { name: 'Closed' }).check()
    await status.getByRole('button', { name: 'Change status' }).click()
    await status.getByText('Say why the record is being closed.').first().waitFor(POLL)
    await status.getByLabel('Why is the record being closed?').fill('Moved to Leeds.')
    await status.getByRole('button', { name: 'Change status' }).click()
    await status.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Reopen…' }).click()
    const reopen = page.getByRole('dialog', { name: 'Reopen this record' })
    await reopen.getByRole('radio', { name: 'Active' }).check()
    await reopen.getByRole('button', { name: 'Reopen record' }).click()
    await reopen.waitFor({ state: 'hidden' })
    await person.tab('Details')
    const history = page.getByTestId('status-history')
    await expect
      .poll(() => history.innerText(), POLL)
      .toMatch(/Referral[\s\S]*Closed[\s\S]*Moved to Leeds\.[\s\S]*Active[\s\S]*Reopened/)
    expect(await page.getByTestId('person-facts').innerText()).toMatch(/Active since/)
    await checkPage(ada, '46-status-history')
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })

  it('keeps a half-written note through a lock, and shows nothing about anyone on the lock screen', async () => {
    const ada = await signInAs(browser, harness, 'ada')
    const { page } = ada
    const person = new PersonPage(page)
    await new ShellPage(page).open(`/people/${ref}/notes`)
    await person.heading('Winston Achebe').waitFor(POLL)
    // A saved note leaves a message on screen...
    await person.writeNote({ kind: 'Phone call', subject: 'Rent arrears', body: 'Owes £300.' })
    await page.getByText('Rent arrears').first().waitFor()
    // ...and a second note is half written when the phone rings.
    await page.getByRole('button', { name: 'Write a note' }).click()
    const form = page.getByRole('region', { name: 'Write a note' })
    await form.getByLabel('Subject').fill('Visit about the PA rota')
    await form.getByLabel('Note', { exact: true }).fill('Talked through the rota with Grace.')

    await new ShellPage(page).lockWithKeyboard()
    const lock = new LockPage(page)
    await lock.heading().waitFor(POLL)
    await expect
      .poll(() => page.locator('body').innerText(), POLL)
      .not.toMatch(/Winston|Achebe|Rent arrears|rota/)
    await checkPage(ada, '47-locked-mid-note')

    await lock.unlock(OWN)
    await form.waitFor(POLL)
    expect(await form.getByLabel('Subject').inputValue()).toBe('Visit about the PA rota')
    expect(await form.getByLabel('Note', { exact: true }).inputValue()).toBe(
      'Talked through the rota with Grace.',
    )
    await form.getByRole('button', { name: 'Save note' }).click()
    await form.waitFor({ state: 'detached', ...POLL })
    await page.getByTestId('note').filter({ hasText: 'Visit about the PA rota' }).waitFor(POLL)

    // Signing out forgets anything kept: the next person to sign in starts clean.
    await page.getByRole('button', { name: 'Write a note' }).click()
    await form.getByLabel('Subject').fill('Never saved')
    await new ShellPage(page).lockWithKeyboard()
    await lock.heading().waitFor(POLL)
    await page
      .getByRole('button', { name: /sign out|someone else/i })
      .first()
      .click()
    await new SignInPage(page).heading().waitFor(POLL)
    await new SignInPage(page).signIn('ada', OWN)
    await new ShellPage(page).open(`/people/${ref}/notes`)
    await page.getByRole('button', { name: 'Write a note' }).waitFor(POLL)
    expect(await form.count()).toBe(0)
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })

  it('asks before adding someone with the same name and date of birth as a person already recorded', async () => {
    const ada = await signInAs(browser, harness, 'ada')
    const { page } = ada
    await new ShellPage(page).open('/people/new')
    const form = new PersonFormPage(page)
    await form.fill({ givenName: 'winston', familyName: 'ACHEBE', dateOfBirth: '11/02/1948' })
    await form.add()
    const warning = page.getByTestId('likely-duplicate')
    await warning.waitFor(POLL)
    expect(await warning.innerText()).toMatch(
      new RegExp(`${ref} has the same name and date of birth`),
    )
    await expect
      .poll(() => warning.evaluate((el) => el === el.ownerDocument.activeElement))
      .toBe(true)
    await checkPage(ada, '41-add-person-likely-duplicate')
    expect(await warning.getByRole('link', { name: `Open ${ref}` }).getAttribute('href')).toMatch(
      new RegExp(`/people/${ref}$`),
    )
    await warning.getByRole('button', { name: 'Add anyway: this is someone else' }).click()
    const person = new PersonPage(page)
    await person.heading('winston ACHEBE').waitFor(POLL)
    expect(await person.reference()).not.toBe(ref)
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })
})
