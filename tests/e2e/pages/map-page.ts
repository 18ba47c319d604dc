import { expect, type Locator, type Page } from '@playwright/test'

/** The decision map, `#/map?<answers>`: the diagram (wide or phone layout) and its outline. */
export class MapPage {
  readonly heading: Locator
  readonly summary: Locator
  readonly wide: Locator
  readonly narrow: Locator
  readonly outline: Locator

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'The decision map' })
    this.summary = page.getByTestId('map-summary')
    this.wide = page.getByTestId('decision-map-wide')
    this.narrow = page.getByTestId('decision-map-narrow')
    this.outline = page.getByTestId('map-outline')
  }

  async open(query = '') {
    await this.page.goto(`./#/map${query ? `?${query}` : ''}`)
    await expect(this.heading).toBeVisible()
  }

  /** The ids of the nodes marked on the path in a diagram (or the outline), in map order. */
  async onPath(where: Locator = this.wide): Promise<string[]> {
    return where
      .locator('[data-node][data-on-path="true"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-node') ?? ''))
  }

  /** The node marked as the end of the path. */
  async end(where: Locator = this.wide): Promise<string | null> {
    return where.locator('[data-node][data-end="true"]').getAttribute('data-node')
  }
}
