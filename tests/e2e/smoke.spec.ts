import { expect, test } from '@playwright/test'

test('the home page says what the app does and starts the questionnaire', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/prompt, retrieve or fine-tune/i)
  await expect(page.getByRole('link', { name: /start the questionnaire/i })).toBeVisible()
  expect(errors).toEqual([])
})

test('the worked examples arrive without moving what is on screen, and open their result', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { __shifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // The examples' code arrives well after the first paint, as on a slow connection.
  await page.route(/worked-examples-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const examples = page.getByRole('region', { name: /start from a typical situation/i })
  await expect(examples.getByRole('link')).toHaveCount(4)
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts)
  expect(shifts.reduce((a, b) => a + b, 0)).toBe(0)

  await examples.getByRole('link', { name: /support bot/i }).click()
  await expect(page).toHaveURL(/#\/result\?.*problem=knowledge/)
  await expect(page.getByTestId('stack')).toBeVisible()
})
