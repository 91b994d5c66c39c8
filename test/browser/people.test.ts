import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PeopleListPage, PersonFormPage, PersonPage, QuickSearch } from './pages/people-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import type { PageGlobals } from './support/page-globals'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }

describe('people: adding, the record’s tabs, quick search and who sees what', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
      { username: 'ben', displayName: 'Ben Whitaker', role: 'adviser' },
      { username: 'sam', displayName: 'Sam Hirst', role: 'finance' },
    ])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('adds a person (a bad NHS number shown on its field), writes their profile, adds a carer and finds them with Ctrl+K', async () => {
    const ada = await signInAs(browser, harness, 'ada', { isFirstTime: true })
    const { page } = ada
    const list = new PeopleListPage(page)
    await list.heading().waitFor()
    await page.getByRole('link', { name: 'Add person' }).click()
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor()

    // The backend refuses the NHS number; its message appears on the NHS number field.
    const form = new PersonFormPage(page)
    await form.fill({
      givenName: 'Mariam',
      familyName: 'Quayle',
      dateOfBirth: '14/03/1961',
      nhsNumber: '943 476 5918',
      postcode: 'hx1 5zh',
      flags: ['Safeguarding', 'Lacks capacity (finances)'],
    })
    await form.add()
    expect(await form.errorOf('NHS number')).toMatch(/check digit is wrong/)
    await page.getByRole('alert').filter({ hasText: 'Not added yet' }).waitFor()
    await checkPage(ada, '40-add-person-bad-nhs-number')

    await page.getByRole('textbox', { name: 'NHS number', exact: true }).fill('943 476 5919')
    await form.add()
    const person = new PersonPage(page)
    await person.heading('Mariam Quayle').waitFor(POLL)
    expect(await person.flags().innerText()).toMatch(
      /Safeguarding[\s\S]*Lacks capacity \(finances\)/,
    )
    const ref = await person.reference()
    expect(await page.getByTestId('person-facts').innerText()).toMatch(/Enquiry since/)
    expect(await page.getByText('HX1 5ZH', { exact: false }).count()).toBeGreaterThan(0)
    await checkPage(ada, '41-person-details')

    // The one-page profile: leaving with changes not saved asks first.
    await person.tab('Profile')
    const important = page.getByLabel('What is important to me')
    await important.fill('My cat Biscuit, my allotment, and Friday fish and chips with my brother.')
    await page
      .getByLabel('How best to support me')
      .fill('Talk to me, not about me. Mornings are best.')
    await page
      .getByRole('navigation', { name: /record$/ })
      .getByRole('link', { name: 'Notes' })
      .click()
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' })
    await leave.waitFor()
    await checkPage(ada, '42-profile-unsaved-warning')
    await leave.getByRole('button', { name: 'Stay and keep editing' }).click()
    await leave.waitFor({ state: 'hidden' })
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('Everything is saved.').waitFor(POLL)
    await checkPage(ada, '43-profile-saved')

    // The circle of support: a carer with their hours.
    await person.tab('Circle of support')
    const dialog = await person.addToCircle({
      name: 'Tomasz Quayle',
      kind: 'Family',
      relationship: 'Brother',
      carerHours: '20',
    })
    await checkPage(ada, '44-circle-add-carer')
    await dialog.getByRole('button', { name: 'Add to circle' }).click()
    await dialog.waitFor({ state: 'hidden' })
    const member = page.getByTestId('circle-member').filter({ hasText: 'Tomasz Quayle' })
    await member.waitFor(POLL)
    expect(await member.innerText()).toMatch(/Unpaid carer, 20 hours a week/)
    await checkPage(ada, '45-circle-of-support')

    // A second person with the same NHS number is refused, on the field, with a link to the first.
    await new ShellPage(page).goTo('People')
    await page.getByRole('link', { name: 'Add person' }).click()
    await form.fill({ givenName: 'Mary', familyName: 'Quail', nhsNumber: '9434765919' })
    await form.add()
    expect(await form.errorOf('NHS number')).toMatch(new RegExp(`already belongs to ${ref}`))
    await page.getByRole('link', { name: `Open ${ref}` }).click()
    // Leaving a form with changes asks first; here that is what we want.
    await page
      .getByRole('dialog', { name: 'Leave without saving?' })
      .getByRole('button', { name: 'Leave without saving' })
      .click()
    await person.heading('Mariam Quayle').waitFor(POLL)

    // Ctrl+K from anywhere: find her by surname, postcode or reference; arrows and Enter open her.
    await new ShellPage(page).goTo('Plans')
    const search = new QuickSearch(page)
    await search.open()
    // Before typing, the people opened recently in this session are offered.
    await expect.poll(() => search.options().first().innerText(), POLL).toMatch(/Mariam Quayle/)
    await search.type('quay')
    await expect.poll(() => search.options().count(), POLL).toBe(1)
    expect(await search.options().first().innerText()).toMatch(
      /Mariam Quayle[\s\S]*Safeguarding[\s\S]*Lacks capacity \(finances\)[\s\S]*born 14\/03\/1961/,
    )
    await checkPage(ada, '46-quick-search')
    await search.type('HX1 5ZH')
    await expect.poll(() => search.options().count(), POLL).toBe(1)
    await search.type(ref.toLowerCase())
    await expect.poll(() => search.options().count(), POLL).toBe(1)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await search.dialog().waitFor({ state: 'hidden' })
    await person.heading('Mariam Quayle').waitFor(POLL)
    // Keyboard focus is on her page, not lost at the top of the window.
    await expect
      .poll(
        () =>
          page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id),
        POLL,
      )
      .toBe('main')

    // The shortcuts panel lists Ctrl+K.
    await new ShellPage(page).openShortcuts()
    await page
      .getByRole('dialog', { name: 'Keyboard shortcuts' })
      .getByText('Find a person')
      .waitFor()
    await page.keyboard.press('Escape')
    expect(ada.problems).toEqual([])
    await ada.context.close()
  })

  it('hides a restricted note from a second adviser, and what finance may not see', async () => {
    const ada = await signInAs(browser, harness, 'ada')
    const search = new QuickSearch(ada.page)
    await search.open()
    await search.type('Mariam')
    await expect.poll(() => search.options().count(), POLL).toBe(1)
    await ada.page.keyboard.press('Enter')
    const person = new PersonPage(ada.page)
    await person.heading('Mariam Quayle').waitFor(POLL)
    const ref = await person.reference()
    await person.tab('Notes')
    await person.writeNote({
      kind: 'Visit',
      subject: 'Home visit',
      body: 'Talked about the allotment and getting there twice a week.',
    })
    await person.writeNote({
      kind: 'Phone call',
      subject: 'Call from her brother',
      body: 'Tomasz worried about a neighbour borrowing money. Safeguarding lead informed.',
      restricted: true,
    })
    await expect.poll(() => person.notes().count(), POLL).toBe(2)
    expect(await person.notes().first().innerText()).toMatch(/Restricted/)
    await person.searchNotes('allotment')
    const hit = ada.page.getByTestId('note-hit').first()
    await hit.waitFor(POLL)
    expect(await hit.locator('mark').first().innerText()).toMatch(/allotment/i)
    await checkPage(ada, '47-notes-restricted-and-search')

    // Consents: one recorded, then withdrawn; the history stays.
    await person.tab('Consents & sharing')
    await ada.page.getByRole('button', { name: 'Record a consent' }).click()
    const consent = ada.page.getByRole('dialog', { name: 'Record a consent' })
    await consent
      .getByLabel('What they agreed to')
      .selectOption({ label: 'Share information with the council' })
    await consent.getByLabel('Given by').fill('Mariam, in person')
    await consent.getByRole('button', { name: 'Record consent' }).click()
    await consent.waitFor({ state: 'hidden' })
    await ada.page
      .getByRole('button', { name: 'Withdraw: Share information with the council' })
      .click()
    const withdraw = ada.page.getByRole('dialog', { name: 'Record that consent was withdrawn' })
    await withdraw.getByRole('button', { name: 'Record withdrawal' }).click()
    await withdraw.waitFor({ state: 'hidden' })
    await expect
      .poll(() => ada.page.getByTestId('consents').innerText(), POLL)
      .toMatch(/Withdrawn \d\d\/\d\d\/\d{4}/)
    await checkPage(ada, '47b-consents')

    // Someone else saves the record while Ada edits: her save is refused and she can reload.
    await person.tab('Details')
    await ada.page.getByRole('link', { name: 'Edit details' }).click()
    await ada.page.getByRole('heading', { level: 2, name: 'Edit details' }).waitFor()
    await ada.page.evaluate(async (r) => {
      const api = (globalThis as unknown as PageGlobals).casebook
      const got = await api.call('people.get', { ref: r })
      if (!got.ok) throw new Error(got.error.message)
      const f = got.value.fields
      await api.call('people.update', {
        ref: r,
        version: got.value.version,
        fields: { ...f, phone: '01422 000111' } as never,
      })
    }, ref)
    await ada.page.getByRole('textbox', { name: 'Town', exact: true }).fill('Halifax')
    await ada.page.getByRole('button', { name: 'Save details' }).click()
    const conflict = ada.page
      .getByRole('alert')
      .filter({ hasText: 'Someone else changed this record' })
    await conflict.waitFor(POLL)
    await checkPage(ada, '47c-edit-conflict')
    await conflict.getByRole('button', { name: 'Reload their version' }).click()
    await expect
      .poll(() => ada.page.getByRole('textbox', { name: 'Phone', exact: true }).inputValue(), POLL)
      .toBe('01422 000111')
    await ada.page.getByRole('textbox', { name: 'Town', exact: true }).fill('Halifax')
    await ada.page.getByRole('button', { name: 'Save details' }).click()
    await ada.page.getByText('HX1 5ZH').first().waitFor(POLL)
    expect(await ada.page.getByText(/Halifax/).count()).toBeGreaterThan(0)
    await person.tab('Notes')

    // Ben, another adviser, sees the ordinary note only, in the list and in search.
    const ben = await signInAs(browser, harness, 'ben', { isFirstTime: true })
    await new ShellPage(ben.page).open(`/people/${ref}/notes`)
    const benPerson = new PersonPage(ben.page)
    await benPerson.heading('Mariam Quayle').waitFor(POLL)
    await expect.poll(() => benPerson.notes().count(), POLL).toBe(1)
    expect(await benPerson.notes().first().innerText()).toMatch(/Home visit/)
    expect(await ben.page.getByText('neighbour borrowing money').count()).toBe(0)
    await benPerson.searchNotes('neighbour')
    await ben.page
      .getByTestId('note-search-count')
      .getByText(/No notes mention/)
      .waitFor(POLL)
    await checkPage(ben, '48-notes-second-adviser')

    // Sam (finance) reads identity and plans, but not the profile, and has no edit buttons.
    const sam = await signInAs(browser, harness, 'sam', { isFirstTime: true })
    await new ShellPage(sam.page).open(`/people/${ref}/profile`)
    const samPerson = new PersonPage(sam.page)
    await samPerson.heading('Mariam Quayle').waitFor(POLL)
    await sam.page.getByText('Not available to your role').waitFor(POLL)
    expect(await sam.page.getByRole('button', { name: 'Edit details' }).count()).toBe(0)
    await samPerson.tab('Consents & sharing')
    await sam.page.getByText('Not available to your role').waitFor(POLL)
    await samPerson.tab('Circle of support')
    await sam.page.getByText('Nobody is recorded in the circle of support yet.').waitFor(POLL)
    await checkPage(sam, '49-finance-circle')
    for (const t of [ada, ben, sam]) expect(t.problems).toEqual([])
    await Promise.all([ada.context.close(), ben.context.close(), sam.context.close()])
  })
})
