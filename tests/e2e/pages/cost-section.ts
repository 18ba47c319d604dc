import type { Locator, Page } from '@playwright/test'
import { ResultPage } from './result-page'

/** Opens the result of `query` with its costs unfolded: the page, and its cost section. */
export async function openCosts(page: Page, query: string) {
  const result = new ResultPage(page)
  await result.open(query)
  await result.openCosts()
  return { result, cost: new CostSection(page) }
}

/** The result page's cost section: break-even in words, the chart, the table, the assumptions. */
export class CostSection {
  readonly section: Locator
  readonly words: Locator
  readonly chart: Locator
  readonly table: Locator
  readonly panel: Locator

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'What it costs over time' })
    this.words = this.section.getByTestId('cost-break-even')
    this.chart = this.section.getByRole('img', { name: /Line chart of cumulative cost/ })
    this.table = this.section.getByRole('table', { name: 'Estimates by approach, low to high' })
    this.panel = this.section.getByRole('region', { name: 'Assumptions' })
  }

  /** Scrolls to the chart, which is drawn once it comes near the screen, and waits for its lines. */
  async showChart() {
    await this.chart.scrollIntoViewIfNeeded()
    await this.chart.locator('.recharts-line-curve').nth(3).waitFor()
  }

  /** One figure of the table, e.g. `figure('rag', 'monthly')`. */
  figure(approach: string, figure: string): Locator {
    return this.table.locator(`[data-cost-approach="${approach}"] [data-figure="${figure}"]`)
  }

  /** Every figure of the table, row by row. */
  async figures(): Promise<string[]> {
    return this.table.locator('td').allTextContents()
  }

  /** An assumption's input, by its label (open its group first when it is folded). */
  field(label: string): Locator {
    return this.panel.getByRole('textbox', { name: label, exact: true })
  }

  /** The drawn path of one approach's line (its `d` changes when the figures do). */
  line(index: number): Locator {
    return this.chart.locator('.recharts-line-curve').nth(index)
  }

  /** Types a value into an assumption and leaves the field, which puts it into the link. */
  async set(label: string, value: string) {
    const input = this.field(label)
    await input.fill(value)
    await input.blur()
  }
}
