import { expect, type Locator, type Page } from '@playwright/test'

/** "My decisions", `#/decisions`: the results saved in this browser. */
export class DecisionsPage {
  readonly heading: Locator
  readonly items: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'My decisions' })
    this.items = page.getByTestId('saved-decision')
    this.status = page.getByTestId('decisions-status')
  }

  async open() {
    await this.page.goto('./#/decisions')
    await expect(this.heading).toBeVisible()
  }

  async names(): Promise<string[]> {
    return this.items.getByRole('heading', { level: 2 }).allTextContents()
  }

  async pick(name: string) {
    await this.page.getByRole('checkbox', { name: `Compare “${name}”` }).check()
  }

  async compare() {
    await this.page.getByRole('link', { name: /^Compare \d decisions$/ }).click()
  }

  async delete(name: string) {
    await this.page.getByRole('button', { name: `Delete “${name}”` }).click()
    const confirm = this.page.getByRole('group', {
      name: `Delete “${name}”? This cannot be undone.`,
    })
    await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  }
}
