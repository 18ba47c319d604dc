import { expect, test } from './warm-page'
import { CostSection, openCosts } from './pages/cost-section'
import { ResultPage } from './pages/result-page'
import { must } from '../../src/engine/must'

// Voice and facts at over 100k queries a day, self-hosting possible: the article's LoRA + RAG case.
const QUERY = 'problem=voice,knowledge&volume=high&hosting=self-host'

test('assumptions change the figures and the chart, travel in the link, and reopen the same', async ({
  page,
  browser,
}) => {
  const { result, cost } = await openCosts(page, QUERY)
  await cost.showChart()
  await expect(cost.chart.locator('.recharts-line-curve')).toHaveCount(4)
  await expect(cost.words).toContainText(
    'At 200,000 queries a day, LoRA fine-tuning costs the least',
  )
  const ragBefore = await cost.figure('rag', 'monthly').textContent()
  const lineBefore = await cost.line(1).getAttribute('d')

  await cost.set('Queries a day', '50000')
  await cost.panel.getByRole('button', { name: 'Hosted frontier model' }).click()

  await expect(page).toHaveURL(/a\.qpd=50000&a\.pin=3&a\.pout=15$/)
  expect(result.query()).toBe(`${QUERY}&a.qpd=50000&a.pin=3&a.pout=15`)
  await expect(cost.words).toContainText('At 50,000 queries a day')
  // 1.5M queries a month × ((800 + 1,500–2,500) × $3 + 300 × $15 + 800 × $0.02) / 1M + $0–100
  await expect(cost.figure('rag', 'monthly')).toHaveText('$17,124–21,724')
  expect(ragBefore).not.toBe('$17,124–21,724')
  await expect.poll(() => cost.line(1).getAttribute('d')).not.toBe(lineBefore)
  const figures = await cost.figures()
  const words = await cost.words.textContent()

  // Someone else opens the shared link: same assumptions, same figures, same words.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  const otherCost = new CostSection(other)
  await other.goto(page.url())
  await expect(otherCost.figure('rag', 'monthly')).toHaveText('$17,124–21,724')
  expect(await otherCost.figures()).toEqual(figures)
  await expect(otherCost.words).toHaveText(must(words))
  await expect(otherCost.field('Input price')).toHaveValue('3')
  await expect(otherCost.field('Queries a day')).toHaveValue('50000')
  await elsewhere.close()
  expect(result.errors).toEqual([])
})

test('a bad assumption in a link is reported and the rest is used', async ({ page }) => {
  const result = new ResultPage(page)
  const cost = new CostSection(page)
  await result.open(`${QUERY}&a.pin=-1&a.h=24&a.zzz=1`)
  await expect(result.notice).toContainText('"-1" is not usable for "a.pin"')
  await expect(result.notice).toContainText('"a.zzz" is not an assumption we know')
  await expect(cost.table.getByRole('columnheader', { name: 'Total over 24 months' })).toBeVisible()
  await expect(cost.field('Input price')).toHaveValue('1')

  // An invalid value typed in the panel says why and stays out of the link.
  await cost.set('Horizon', '0')
  await expect(cost.panel.getByText('Not applied: it must be at least 1.')).toBeVisible()
  await page.waitForTimeout(800)
  expect(result.query()).toContain('a.h=24')
})
