import { expect, test } from './warm-page'
import { ResultPage } from './pages/result-page'
import { must } from '../../src/engine/must'

/** The three newcomers of issue 11, as share-link queries. */
const PERSONAS = {
  'support bot lacking product facts':
    'problem=knowledge&freshness=frequent&citations=yes&corpus=large&examples=none&baseline=prompt&team=some&budget=1kto10k&volume=medium&hosting=api',
  'brand voice at high volume':
    'problem=voice&volume=high&examples=500to5k&team=some&budget=10kto50k&hosting=managed-ft&baseline=prompt',
  'ML lead with 20k examples and a dedicated team':
    'problem=task&examples=over5k&team=dedicated&budget=over50k&hosting=self-host&baseline=prompt-rag&measured=82&target=95&volume=high&depth=deep',
}

/** Viewports and how many screens tall the page may be with its folds closed. */
const SCREENS = [
  { width: 390, height: 844, most: 6 },
  { width: 1280, height: 900, most: 3 },
]

for (const { width, height, most } of SCREENS) {
  for (const [persona, query] of Object.entries(PERSONAS)) {
    test(`${persona} at ${width}×${height}: the verdict is above the fold, the page at most ${most} screens`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      const result = new ResultPage(page)
      await result.open(query)
      // Every line of the verdict, the one answer that would change it included, on the first screen.
      const glance = page.getByTestId('at-a-glance')
      await expect(page.getByTestId('pivot')).not.toHaveText(/Working it out/)
      for (const label of [
        'The plan',
        'How sure',
        'One-time cost',
        'Monthly',
        'First version',
        'Why',
        'Main risk',
        'Would change it',
      ]) {
        const row = glance.locator('dt', { hasText: label }).locator('xpath=..')
        const box = must(await row.boundingBox(), `the box of ${label}`)
        expect(box.y + box.height, `${label} ends above the fold`).toBeLessThanOrEqual(height)
      }
      await expect(page.getByTestId('budget-check')).toBeVisible()
      // Only the primary's reasons are open; the others are one line each.
      const showWhy = page
        .getByTestId('ranking')
        .locator('details')
        .filter({ has: page.getByText('Show why') })
      await expect(showWhy).toHaveCount(3)
      await expect(page.locator('[data-testid="ranking"] details[open]')).toHaveCount(0)
      await expect(page.locator('details#costs')).not.toHaveAttribute('open')
      const tall = await page.evaluate(() => document.documentElement.scrollHeight)
      expect(tall).toBeLessThanOrEqual(most * height)
    })
  }
}

test('the jump links open and bring each section into view', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const result = new ResultPage(page)
  await result.open(PERSONAS['brand voice at high volume'])
  const nav = page.getByRole('navigation', { name: 'On this page' })
  await nav.getByRole('button', { name: 'Costs' }).click()
  await expect(page.locator('details#costs')).toHaveAttribute('open', '')
  await expect(page.getByRole('region', { name: 'What it costs over time' })).toBeVisible()
  await nav.getByRole('button', { name: 'Your answers' }).click()
  await expect(page.locator('#your-answers')).toBeInViewport()
  await nav.getByRole('button', { name: 'What would change it' }).click()
  await expect(page.getByTestId('what-would-change')).toBeInViewport()
  const lora = page.locator('[data-testid="ranking"] [data-approach]').nth(1)
  await lora.getByText('Show why').click()
  await expect(lora.locator('details')).toHaveAttribute('open', '')
})
