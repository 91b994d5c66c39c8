import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PersonFormPage, PersonPage } from './pages/people-pages'
import { ShellPage } from './pages/shell-page'
import { checkPage, launchBrowser } from './support/browser'
import { type Harness, startHarness } from './support/harness'
import { setUpOrganisation, signInAs } from './support/people-setup'

const POLL = { timeout: 15_000 }

/** A long note: its last sentence is hidden until "Show more". */
const LONG_BODY = [
  ...Array.from(
    { length: 12 },
    (_, i) => `Line ${i + 1}: we went through the post and the bills together, one at a time.`,
  ),
  'Last of all she asked about the bus pass renewal.',
].join('\n')

describe('correcting and adding to case notes', () => {
  let browser: Browser
  let harness: Harness
  let ref: string

  beforeAll(async () => {
    ;[browser, harness] = await Promise.all([launchBrowser(), startHarness()])
    const call = await setUpOrganisation(harness, [
      { username: 'ada', displayName: 'Ada Okafor', role: 'adviser' },
    ])
    const record = await call('people.create', {
      fields: { legalGivenName: 'Doreen', legalFamilyName: 'Haigh', dateOfBirth: '1941-06-30' },
    })
    ref = record.summary.ref
    await call('notes.add', {
      ref,
      kind: 'visit',
      occurredAt: '2026-11-02T10:00:00Z',
      subject: 'Sorting the post',
      body: LONG_BODY,
    })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('refuses a future date, folds a long note, corrects it keeping the old text struck through, and adds to it', async () => {
    const ada = await signInAs(browser, harness, 'ada', { isFirstTime: true })
    const { page } = ada
    const person = new PersonPage(page)
    await new ShellPage(page).open(`/people/${ref}/notes`)
    await person.heading('Doreen Haigh').waitFor(POLL)
    await expect.poll(() => person.notes().count(), POLL).toBe(1)
    const note = person.notes().first()

    // A long note starts folded: its end is hidden until "Show more".
    const more = note.getByRole('button', { name: 'Show more of Sorting the post' })
    expect(await more.getAttribute('aria-expanded')).toBe('false')
    expect(await note.innerText()).not.toMatch(/bus pass/)
    await more.click()
    await expect.poll(() => note.innerText(), POLL).toMatch(/bus pass renewal/)
    expect(
      await note
        .getByRole('button', { name: 'Show less of Sorting the post' })
        .getAttribute('aria-expanded'),
    ).toBe('true')

    // A note dated in the future is refused on its date, and not saved.
    await page.getByRole('button', { name: 'Write a note' }).click()
    const form = page.getByRole('region', { name: 'Write a note' })
    await form.getByLabel('Date').fill('31/12/2027')
    await form.getByLabel('Note', { exact: true }).fill('Planned visit.')
    await form.getByRole('button', { name: 'Save note' }).click()
    await expect.poll(() => form.getByLabel('Date').getAttribute('aria-invalid'), POLL).toBe('true')
    await form.getByText(/in the future: a note records what has already happened/).waitFor()
    await checkPage(ada, '49-note-future-date-refused')
    await form.getByRole('button', { name: 'Cancel' }).click()
    expect(await person.notes().count()).toBe(1)

    // Correct it: the new text becomes the note; the old one stays, struck through, with why.
    await note.getByRole('button', { name: 'Correct Sorting the post' }).click()
    const correct = note.getByRole('region', { name: 'Correct this note' })
    await correct.getByLabel('Note', { exact: true }).fill('We sorted the post and the gas bill.')
    await correct.getByRole('button', { name: 'Save correction' }).click()
    await correct.getByText('Say why the note is being corrected.').waitFor(POLL)
    await correct.getByLabel('Why it is corrected').fill('Doreen asked: it was only the gas bill.')
    await correct.getByRole('button', { name: 'Save correction' }).click()
    await correct.waitFor({ state: 'detached', ...POLL })
    await note.getByTestId('note-correction').waitFor(POLL)
    expect(await note.getByTestId('note-correction').innerText()).toMatch(
      /Corrected .* by Ada Okafor\. Why: Doreen asked: it was only the gas bill\./,
    )
    const earlier = note.getByTestId('note-earlier')
    expect(await earlier.innerText()).toMatch(
      /written .* by Rowan Pike; corrected .* by Ada Okafor\. Why: Doreen asked/,
    )
    expect(await earlier.locator('del').innerText()).toMatch(/Line 1: we went through the post/)

    // Add to it: the note's text is unchanged, the addendum is below it with who and when.
    await note.getByRole('button', { name: 'Add an addendum to Sorting the post' }).click()
    const addendum = note.getByRole('region', { name: 'Add to this note' })
    await addendum.getByLabel('Addendum').fill('Gas supplier rang back: direct debit set up.')
    await addendum.getByRole('button', { name: 'Save addendum' }).click()
    await addendum.waitFor({ state: 'detached', ...POLL })
    await expect
      .poll(() => note.getByTestId('note-addendum').innerText(), POLL)
      .toMatch(/Addendum, .* by Ada Okafor[\s\S]*direct debit set up/)
    await checkPage(ada, '50-note-corrected-and-added-to')

    // Search reads what the note says now; the replaced words are not found.
    await person.searchNotes('bus pass')
    await page
      .getByTestId('note-search-count')
      .getByText(/No notes mention/)
      .waitFor(POLL)
    await person.searchNotes('debit')
    await expect.poll(() => page.getByTestId('note-hit').count(), POLL).toBe(1)

    // Emoji alone: the field says why nothing can be searched for.
    await person.searchNotes('🙂🙂')
    await page.getByText(/emoji and punctuation on their own find nothing/).waitFor(POLL)
    await checkPage(ada, '51-note-search-emoji')
    expect(ada.problems).toEqual([])
  })

  it('tells a new adviser why "Only my people" is empty, and what to do', async () => {
    const ada = await signInAs(browser, harness, 'ada')
    const { page } = ada
    await new ShellPage(page).open('/people')
    await expect.poll(() => page.getByTestId('people-count').innerText(), POLL).toBe('1 person')
    await page.getByText('Only my people', { exact: true }).click()
    await expect
      .poll(() => page.getByTestId('people-empty').innerText(), POLL)
      .toMatch(
        /^Nobody has you as their key worker yet.*turn off “Only my people” to see everyone\.$/,
      )
    await checkPage(ada, '52-only-my-people-empty')
    expect(ada.problems).toEqual([])
  })

  it('asks before adding someone born before 1900 with an emoji in their name, then adds them as typed', async () => {
    const ada = await signInAs(browser, harness, 'ada')
    const { page } = ada
    await new ShellPage(page).open('/people/new')
    await page.getByRole('heading', { level: 1, name: 'Add a person' }).waitFor(POLL)
    const form = new PersonFormPage(page)
    await form.fill({
      givenName: 'Florence 🌼',
      familyName: 'Nightingale',
      dateOfBirth: '12/05/1820',
    })
    await form.add()
    const ask = page.getByTestId('unusual-details')
    await ask.waitFor(POLL)
    expect(await ask.innerText()).toMatch(
      /12\/05\/1820, is before 1900: check the year[\s\S]*first name has an emoji in it/,
    )
    await checkPage(ada, '53-unusual-details-asked')
    await ask.getByRole('button', { name: 'Save anyway: this is right' }).click()
    const person = new PersonPage(page)
    await person.heading('Florence 🌼 Nightingale').waitFor(POLL)
    expect(await page.getByTestId('person-facts').innerText()).toMatch(/Born 12\/05\/1820/)
    expect(ada.problems).toEqual([])
  })
})
