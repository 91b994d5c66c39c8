import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PeopleListPage, PersonPage } from './pages/people-pages'
import { DEMO_STAFF_PASSWORD } from '../../src/main/seed'
import { SignInPage } from './pages/auth-pages'
import { checkPage, launchBrowser, openPage } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 20_000 }

describe('the people list with hundreds of people', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [])
    await call('seed.run', { clients: 450, notesPerPerson: 0 })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('draws only the rows in view, sorts and filters on the server, and opens a person with the keyboard', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const list = new PeopleListPage(page)
    await list.heading().waitFor()
    await expect.poll(() => list.count().innerText(), POLL).toBe('450 people')
    await list.rows().first().waitFor(POLL)
    const drawn = await list.rows().count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(100)
    await checkPage(admin, '70-people-list')

    // Sorted by reference, newest first (server-side); End reaches the last page of the list.
    await list.sortBy('Reference')
    await list.sortBy('Reference')
    await expect.poll(() => list.rows().first().getAttribute('data-ref'), POLL).toBe('C-000450')
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toMatch(/Reference/)
    await list.table().focus()
    await page.keyboard.press('End')
    await expect.poll(() => list.row('C-000001').count(), POLL).toBe(1)
    await page.keyboard.press('Home')
    await expect.poll(() => list.row('C-000450').count(), POLL).toBe(1)

    // Down twice, then Enter, opens the third person.
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    const third = list.row('C-000448')
    expect(await third.getAttribute('aria-selected')).toBe('true')
    const name = (await third.locator('a').innerText()).trim()
    await page.keyboard.press('Enter')
    const person = new PersonPage(page)
    await person.heading(name).waitFor(POLL)
    expect(await person.reference()).toBe('C-000448')

    // Back: the sort is kept in the address. A flag filter shows only flagged people, in words.
    await page.goBack()
    await expect.poll(() => list.rows().first().getAttribute('data-ref'), POLL).toBe('C-000450')
    await list.filter('Flag', 'Safeguarding')
    await expect.poll(() => list.count().innerText(), POLL).not.toBe('450 people')
    await list.rows().first().waitFor(POLL)
    const flagged = await list.rows().allInnerTexts()
    expect(flagged.length).toBeGreaterThan(0)
    for (const row of flagged) expect(row).toMatch(/Safeguarding/)
    await checkPage(admin, '71-people-list-safeguarding')
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })

  it('shows an adviser only their own people with one click', async () => {
    const tracked = await openPage(browser, harness.url)
    const { page } = tracked
    await new SignInPage(page).signIn('amara.adviser', DEMO_STAFF_PASSWORD)
    const list = new PeopleListPage(page)
    await list.heading().waitFor(POLL)
    await expect.poll(() => list.count().innerText(), POLL).toBe('450 people')
    const mine = page.getByRole('checkbox', { name: 'Only my people' })
    // A chip's box is drawn by its label; clicking the label ticks it.
    await page.getByText('Only my people', { exact: true }).click()
    await expect.poll(() => mine.isChecked(), POLL).toBe(true)
    const fewer = async () => {
      const m = /^(\d+) (person|people)$/.exec(await list.count().innerText())
      return m && m[1] !== '450' ? Number(m[1]) : null
    }
    await expect.poll(fewer, POLL).not.toBeNull()
    const count = (await fewer())!
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(450)
    // The key worker filter says the same, in words.
    expect(
      await page.getByLabel('Key worker', { exact: true }).locator('option:checked').innerText(),
    ).toBe('Amara Okonkwo')
    await list.rows().first().waitFor(POLL)
    for (const row of await list.rows().allInnerTexts()) expect(row).toMatch(/Amara Okonkwo/)
    await checkPage(tracked, '72-people-list-mine')
    await page.getByText('Only my people', { exact: true }).click()
    await expect.poll(() => list.count().innerText(), POLL).toBe('450 people')
    expect(tracked.problems).toEqual([])
    await tracked.context.close()
  })
})
