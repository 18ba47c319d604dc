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
