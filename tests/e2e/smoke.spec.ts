import { expect, test, type Page } from '@playwright/test'

/** Records the page's layout shifts from its start; `shiftTotal` adds them up. */
const recordShifts = (page: Page) =>
  page.addInitScript(() => {
    const shifts: number[] = []
    Object.assign(window, { __shifts: shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        shifts.push((entry as unknown as { value: number }).value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
const shiftTotal = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __shifts: number[] }).__shifts.reduce((a, b) => a + b, 0),
  )

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
  await recordShifts(page)
  // The examples' code arrives well after the first paint, as on a slow connection.
  await page.route(/worked-examples-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  const examples = page.getByRole('region', { name: /start from a typical situation/i })
  await expect(examples.getByRole('link')).toHaveCount(4)
  expect(await shiftTotal(page)).toBe(0)

  await examples.getByRole('link', { name: /support bot/i }).click()
  await expect(page).toHaveURL(/#\/result\?.*problem=knowledge/)
  await expect(page.getByTestId('stack')).toBeVisible()
})

/** Holds back every script of the app until the returned function is called. */
async function holdScripts(page: Page): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/[\w-]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  return release
}

test('the home page is on screen before its script arrives; a result link shows none of it', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await recordShifts(page)
  // The app's script is held back, as on a slow connection: the built page alone is showing.
  const release = await holdScripts(page)
  // (Not waiting for the load event: that waits for the script.)
  await page.goto('./', { waitUntil: 'commit' })
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(/prompt, retrieve or fine-tune/i)
  await expect(page.getByRole('link', { name: /start the questionnaire/i })).toHaveAttribute(
    'href',
    '#/q/problem',
  )
  expect(await page.evaluate(() => document.querySelectorAll('script[src]').length)).toBe(1)
  // The app takes over the same page (it hydrates the built elements, it does not replace them):
  // nothing moves.
  await heading.evaluate((element) => Object.assign(element, { built: true }))
  release()
  await expect(page.getByRole('region', { name: /start from a typical situation/i })).toBeVisible()
  expect(await heading.evaluate((element) => 'built' in element)).toBe(true)
  await expect(heading).toHaveText(/prompt, retrieve or fine-tune/i)
  expect(await shiftTotal(page)).toBe(0)

  // A shared result's link: the home page's content is in the page but never shown; the site's
  // header is, before any script has run, with no page marked as the current one.
  const result = await page.context().newPage()
  await result.route(/\/assets\/[\w-]+\.js$/, (route) => route.abort())
  await result.goto('./#/result?problem=tone')
  await expect(result.locator('.home-shell')).toBeAttached()
  await expect(result.getByRole('heading', { level: 1 })).toBeHidden()
  await expect(result.getByRole('link', { name: 'Start the questionnaire' })).toBeHidden()
  await expect(result.getByRole('link', { name: 'RAG or Tune' })).toBeVisible()
  const current = result.getByRole('navigation', { name: 'Main' }).locator('[aria-current]')
  const other = result.getByRole('link', { name: 'Decision map' })
  const weight = (l: typeof other) => l.evaluate((e) => getComputedStyle(e).fontWeight)
  expect(await weight(current)).toBe(await weight(other))
  await result.unroute(/\/assets\/[\w-]+\.js$/)
  await result.reload()
  await expect(result.getByTestId('stack')).toBeVisible()
  await expect(result.getByText(/prompt, retrieve or fine-tune/i)).toHaveCount(0)
})

test('focus moved in the built page before the script arrives stays where it is', async ({
  page,
}) => {
  const release = await holdScripts(page)
  await page.goto('./', { waitUntil: 'commit' })
  await expect(page.locator('.home-shell')).toBeAttached()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  release()
  await expect(page.getByRole('region', { name: /start from a typical situation/i })).toBeVisible()
  await expect(skip).toBeFocused()
})
