import { expect, type Locator, type Page } from '@playwright/test'

/** Compare scenarios, `#/compare?a=…&b=…`: verdicts, answers, estimates and the chart. */
export class ComparePage {
  readonly heading: Locator
  readonly link: Locator
  readonly notice: Locator
  readonly chart: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Compare scenarios' })
    this.link = page.getByRole('textbox', { name: 'Link to this comparison' })
    this.notice = page.getByTestId('compare-notice')
    this.chart = page.getByTestId('compare-chart')
  }

  async goto(url: string) {
    await this.page.goto(url)
    await expect(this.heading).toBeVisible()
  }

  scenario(letter: 'a' | 'b' | 'c'): Locator {
    return this.page.getByTestId(`scenario-${letter}`)
  }

  /** A scenario's ranking, best first. */
  async ranking(letter: 'a' | 'b' | 'c'): Promise<string[]> {
    return this.page
      .getByTestId(`ranking-${letter}`)
      .locator('[data-approach]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-approach') ?? ''))
  }

  /** The answer keys marked as differing. */
  async differing(): Promise<string[]> {
    return this.page
      .locator('tr[data-differs="true"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-key') ?? ''))
  }
}
