import { expect, type Locator, type Page } from '@playwright/test'

/** The result page's share bar: copy link, print summary, copy as Markdown, download JSON. */
export class ShareBar {
  readonly group: Locator
  readonly copyLink: Locator
  readonly printSummary: Locator
  readonly copyMarkdown: Locator
  readonly downloadJson: Locator
  readonly status: Locator
  /** Shown when the clipboard is refused: the link, selected for copying by hand. */
  readonly linkField: Locator

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Share this decision' })
    this.copyLink = this.group.getByRole('button', { name: 'Copy link' })
    this.printSummary = this.group.getByRole('button', { name: 'Print summary' })
    this.copyMarkdown = this.group.getByRole('button', { name: 'Copy as Markdown' })
    this.downloadJson = this.group.getByRole('button', { name: 'Download JSON' })
    this.status = page.getByTestId('share-status')
    this.linkField = page.getByRole('textbox', { name: 'Link to this result' })
  }

  /** Copies the link and returns it, from the clipboard or, where refused, from the fallback field. */
  async copiedLink(): Promise<string> {
    await this.copyLink.click()
    await expect(this.status).toHaveText(/copied|did not allow/i)
    if (await this.linkField.isVisible()) return this.linkField.inputValue()
    await expect(this.status).toHaveText('Link copied to the clipboard.')
    return this.page.evaluate(() => navigator.clipboard.readText())
  }

  async clipboardText(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText())
  }
}
