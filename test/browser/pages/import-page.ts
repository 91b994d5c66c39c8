import type { Page } from 'playwright-core'

/** #/people/import: the file, the columns, every row, and the import button. */
export class ImportPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { level: 1, name: 'Import from spreadsheet' })
  }

  async choose(name: string, text: string): Promise<void> {
    await this.page.locator('input[type="file"]').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    })
  }

  counts() {
    return this.page.getByTestId('import-counts')
  }

  row(rowNumber: number) {
    return this.page.getByTestId('import-rows').locator(`tr[data-row="${rowNumber}"]`)
  }

  async mapColumn(heading: string, field: string): Promise<void> {
    await this.page.getByLabel(`Field for the column “${heading}”`).selectOption({ label: field })
  }

  async leaveOut(rowNumber: number): Promise<void> {
    await this.page.getByRole('checkbox', { name: `Leave out row ${rowNumber}` }).check()
  }

  importButton() {
    return this.page.getByRole('button', { name: /^Import \d+ (person|people)$/ })
  }

  async confirmChecked(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'I have checked the preview' }).check()
  }

  report() {
    return this.page.getByTestId('import-report')
  }
}
