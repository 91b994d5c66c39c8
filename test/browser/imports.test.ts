import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ImportPage } from './pages/import-page'
import { PeopleListPage, PersonPage } from './pages/people-pages'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 20_000 }

const CSV = [
  'First name,Surname,DOB,NHS number,Postcode,Contact tel no',
  'Aled,Pryce,02/05/1970,401 023 2137,HX1 1AA,07700 900001',
  'Bethan,Pryce,12/12/1980,1234567890,HX1 1AB,07700 900002',
  'Cerys,Pryce,31/01/1990,,HX1 1AD,',
].join('\n')

describe('importing people from a spreadsheet', () => {
  let browser: Browser
  let harness: Harness

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    await setUpOrganisation(harness, [])
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('previews every row, refuses while a row has a problem, and imports the rest', async () => {
    const admin = await signInAs(browser, harness, 'rowan')
    const { page } = admin
    const list = new PeopleListPage(page)
    await list.heading().waitFor()
    await page.getByRole('link', { name: 'Import from spreadsheet' }).click()
    const importing = new ImportPage(page)
    await importing.heading().waitFor()
    await checkPage(admin, '60-import-choose')

    await importing.choose('new-people.csv', CSV)
    await importing.row(3).waitFor(POLL)
    expect(await importing.counts().innerText()).toMatch(
      /3\s*rows in the file[\s\S]*2\s*ready to import[\s\S]*1\s*with problems/,
    )
    expect(await importing.row(3).innerText()).toMatch(
      /Problem: NHS number: .*check digit is wrong/,
    )
    expect(await page.getByTestId('import-mapping').innerText()).toMatch(
      /First name\s*Matched automatically/,
    )

    // The unrecognised column is mapped by hand; the preview is made again.
    await importing.mapColumn('Contact tel no', 'Phone')
    await expect
      .poll(() => page.getByLabel('Field for the column “Contact tel no”').inputValue(), POLL)
      .toBe('phone')
    await importing.row(3).waitFor(POLL)

    // Nothing can be imported while an included row has a problem, nor before the tick.
    await importing.confirmChecked()
    expect(await importing.importButton().isDisabled()).toBe(true)
    await checkPage(admin, '61-import-preview-problem')
    await importing.leaveOut(3)
    await expect.poll(() => importing.counts().innerText(), POLL).toMatch(/0\s*with problems/)
    expect(await importing.importButton().innerText()).toBe('Import 2 people')
    expect(await importing.importButton().isDisabled()).toBe(false)
    await checkPage(admin, '62-import-preview-ready')
    await importing.importButton().click()

    await importing.report().waitFor(POLL)
    expect(await importing.report().innerText()).toMatch(
      /2 people imported from new-people\.csv[\s\S]*Left out: row 3/,
    )
    await checkPage(admin, '63-import-report')
    await page.getByRole('link', { name: 'C-000002' }).click()
    const person = new PersonPage(page)
    await person.heading('Cerys Pryce').waitFor(POLL)
    expect(admin.problems).toEqual([])
    await admin.context.close()
  })
})
