import type { Page } from 'playwright-core'

export interface NewPerson {
  readonly givenName: string
  readonly familyName: string
  readonly dateOfBirth?: string
  readonly nhsNumber?: string
  readonly postcode?: string
  readonly flags?: readonly string[]
}

/** #/people: the virtualised list, its filters and its buttons. */
export class PeopleListPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'People' })
  }

  table() {
    return this.page.getByRole('grid', { name: 'People' })
  }

  count() {
    return this.page.getByTestId('people-count')
  }

  /** The rows drawn now (the list only draws what is in view). */
  rows() {
    return this.table().locator('tbody tr[data-ref]')
  }

  row(ref: string) {
    return this.table().locator(`tr[data-ref="${ref}"]`)
  }

  async sortBy(column: string): Promise<void> {
    await this.table().getByRole('button', { name: column }).click()
  }

  async filter(label: 'Status' | 'Key worker' | 'Flag', option: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).selectOption({ label: option })
  }
}

/** The "Add a person" page and the "Edit details" tab share one form. */
export class PersonFormPage {
  constructor(readonly page: Page) {}

  async fill(person: NewPerson): Promise<void> {
    const p = this.page
    const field = (label: string) => p.getByRole('textbox', { name: label, exact: true })
    await field('First name').fill(person.givenName)
    await field('Surname').fill(person.familyName)
    if (person.dateOfBirth) await field('Date of birth').fill(person.dateOfBirth)
    if (person.nhsNumber !== undefined) await field('NHS number').fill(person.nhsNumber)
    if (person.postcode) await field('Postcode').fill(person.postcode)
    for (const flag of person.flags ?? []) await p.getByRole('checkbox', { name: flag }).check()
  }

  async add(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person', exact: true }).click()
  }

  /** The error shown on a field, read from its aria-describedby. */
  async errorOf(label: string): Promise<string> {
    const field = this.page.getByRole('textbox', { name: label, exact: true })
    await field.and(this.page.locator('[aria-invalid="true"]')).waitFor()
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/)
    const texts = await Promise.all(
      ids.filter(Boolean).map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    )
    return texts.join(' ')
  }
}

/** A person's page: their name and flags, the tabs, and what each tab holds. */
export class PersonPage {
  constructor(readonly page: Page) {}

  heading(name?: string) {
    return this.page.getByRole('heading', { level: 1, name })
  }

  flags() {
    return this.page.locator('.cb-person-header').getByTestId('flags')
  }

  async tab(name: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: /record$/ })
      .getByRole('link', { name, exact: true })
      .click()
    await this.page.getByRole('heading', { level: 2 }).first().waitFor()
  }

  async reference(): Promise<string> {
    const facts = await this.page.getByTestId('person-facts').innerText()
    return /C-\d{6}/.exec(facts)![0]
  }

  async addToCircle(member: {
    name: string
    kind: string
    relationship: string
    carerHours?: string
  }) {
    await this.page.getByRole('button', { name: 'Add someone' }).click()
    const dialog = this.page.getByRole('dialog', { name: 'Add someone to the circle of support' })
    await dialog.getByLabel('Name', { exact: true }).fill(member.name)
    await dialog.getByLabel('Who they are').selectOption({ label: member.kind })
    await dialog.getByLabel('Relationship').fill(member.relationship)
    if (member.carerHours !== undefined) {
      await dialog.getByRole('checkbox', { name: 'They are an unpaid carer' }).check()
      await dialog.getByLabel('Hours of care a week').fill(member.carerHours)
    }
    return dialog
  }

  async writeNote(note: { kind: string; subject: string; body: string; restricted?: boolean }) {
    await this.page.getByRole('button', { name: 'Write a note' }).click()
    const form = this.page.getByRole('region', { name: 'Write a note' })
    await form.getByRole('radio', { name: note.kind }).check()
    await form.getByLabel('Subject').fill(note.subject)
    await form.getByLabel('Note', { exact: true }).fill(note.body)
    if (note.restricted) await form.getByRole('checkbox', { name: 'Restricted' }).check()
    await form.getByRole('button', { name: 'Save note' }).click()
    await form.waitFor({ state: 'detached' })
  }

  notes() {
    return this.page.getByTestId('note')
  }

  async searchNotes(text: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'Search this person’s notes' }).fill(text)
    await this.page.getByRole('button', { name: 'Search', exact: true }).click()
  }
}

/** Ctrl+K: the quick search dialog. */
export class QuickSearch {
  constructor(readonly page: Page) {}

  dialog() {
    return this.page.getByRole('dialog', { name: 'Find a person' })
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+k')
    await this.dialog().waitFor()
  }

  async type(text: string): Promise<void> {
    await this.dialog().getByRole('combobox').fill(text)
  }

  options() {
    return this.dialog().getByRole('option')
  }
}
