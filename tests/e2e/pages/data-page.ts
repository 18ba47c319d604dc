import { join } from 'node:path'
import { expect, type Locator, type Page } from '@playwright/test'

export const FIXTURES = join(process.cwd(), 'src', 'features', 'data', 'fixtures')

/** The #/data page as a user and the contract's test ids see it. */
export class DataPage {
  readonly trainingFile: Locator
  readonly trainingReport: Locator
  readonly docsFiles: Locator
  readonly docsFolder: Locator
  readonly docsReport: Locator
  readonly prompt: Locator
  readonly resultLink: Locator
  /** Console errors and uncaught exceptions (the worker's included) since the object was made. */
  readonly errors: string[] = []

  constructor(readonly page: Page) {
    this.trainingFile = page.getByTestId('training-file')
    this.trainingReport = page.getByTestId('training-report')
    this.docsFiles = page.getByTestId('docs-files')
    this.docsFolder = page.getByTestId('docs-folder')
    this.docsReport = page.getByTestId('docs-report')
    this.prompt = page.getByLabel('System prompt and examples')
    this.resultLink = page.getByTestId('data-result-link')
    page.on('console', (m) => {
      if (m.type() === 'error') this.errors.push(m.text())
    })
    page.on('pageerror', (e) => this.errors.push(e.message))
  }

  async open(query = '') {
    await this.page.goto(`./#/data${query ? `?${query}` : ''}`)
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Check your own data' }),
    ).toBeVisible()
  }

  /** The result link's query, decoded into its parameters. */
  /** The result link's answers; with `once`, read when the link holds that key (after a carry). */
  async resultParams(once?: string) {
    if (once) await expect(this.resultLink).toHaveAttribute('href', new RegExp(`[?&]${once}=`))
    const href = (await this.resultLink.getAttribute('href')) ?? ''
    return new URLSearchParams(href.split('?')[1] ?? '')
  }

  /** The training file's report once the check has finished. */
  async trainingDone() {
    await expect(this.page.getByLabel('Checking the training file')).toHaveCount(0, {
      timeout: 270_000,
    })
    return this.trainingReport
  }
}
