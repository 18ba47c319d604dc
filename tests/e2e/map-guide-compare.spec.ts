import { expect, test, type Page } from '@playwright/test'
import { parseAnswers } from '../../src/engine/codec/codec'
import { MAP_NODE_IDS, decisionPath } from '../../src/engine/map/decision-path'
import { SPEC_CASES } from '../../src/engine/testing/spec-cases'
import { ComparePage } from './pages/compare-page'
import { DecisionsPage } from './pages/decisions-page'
import { MapPage } from './pages/map-page'
import { ResultPage } from './pages/result-page'
import { at } from '../../src/engine/must'

// The decision map, the guide, saved decisions and comparing scenarios, in a built preview.
// Each test is a whole flow (every listed case, or two saves and a comparison shared to a second
// tab): on two busy CI cores they took up to 26 s, so they get twice the default time.
test.describe.configure({ timeout: 540_000 })

/** The listed cases of the spec: the map must light up the path the engine's decision takes. */
const CASES = SPEC_CASES.map((c) => {
  const path = decisionPath(parseAnswers(c.query).answers)
  return { n: c.n, query: c.query, end: path.end, path: path.nodes, stack: path.stack }
})

/** Map order of the nodes, to compare paths whatever order they are drawn in. */
const ORDER: readonly string[] = MAP_NODE_IDS
const inMapOrder = (ids: string[]) => [...ids].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))

function collectErrors(page: Page) {
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  return errors
}

test('the map lights up the right path for every listed case, in the diagram and the outline', async ({
  page,
}) => {
  const errors = collectErrors(page)
  const map = new MapPage(page)
  for (const c of CASES) {
    await test.step(`case ${c.n}`, async () => {
      await map.open(c.query)
      await expect(map.summary).toHaveAttribute('data-end', c.end)
      expect(await map.onPath()).toEqual(inMapOrder(c.path))
      expect(await map.end()).toBe(c.end)
      expect(await map.onPath(map.outline)).toEqual(inMapOrder(c.path))
      // Not by colour alone: the path's outline is solid and thick, the rest dashed.
      const endBox = map.wide.locator(`[data-node="${c.end}"] rect`).last()
      await expect(endBox).not.toHaveAttribute('stroke-dasharray', /./)
      await expect(map.wide.locator(`[data-node="${c.end}"]`)).toContainText(/your result/)
      // The contract: the plan the map ends at is the result page's stack.
      const onMap = await page
        .getByTestId('map-result')
        .locator('[data-approach]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-approach')))
      expect(onMap).toEqual(c.stack)
    })
  }
  // A node opens the question that decides it.
  await map.open(at(CASES, 0).query)
  await map.wide.locator('[data-node="retrieval"]').click()
  await expect(page).toHaveURL(/#\/q\/corpus$/)
  expect(errors).toEqual([])
})

test('on a 360 px phone the map is one readable column, without sideways scrolling', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } })
  const page = await context.newPage()
  const map = new MapPage(page)
  await map.open(at(CASES, 7).query)
  await expect(map.narrow).toBeVisible()
  await expect(map.wide).toBeHidden()
  expect(await map.end(map.narrow)).toBe(at(CASES, 7).end)
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  await context.close()
})

test('save two results, compare them, share the comparison, delete a saved decision', async ({
  page,
  browser,
}) => {
  const errors = collectErrors(page)
  const result = new ResultPage(page)
  const today =
    'problem=voice,knowledge&freshness=frequent&corpus=large&examples=under500&baseline=prompt&volume=medium&team=some'
  const later =
    'problem=voice,knowledge&freshness=frequent&corpus=large&examples=500to5k&baseline=prompt-rag&volume=high&team=some'

  for (const [query, name] of [
    [today, 'Today'],
    [later, 'In six months'],
  ] as const) {
    await result.open(query)
    await page.getByRole('button', { name: 'Save this decision' }).click()
    const field = page.getByRole('textbox', { name: 'Name for this decision' })
    await expect(field).toBeFocused()
    await field.fill(name)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await expect(page.getByText(`Saved as “${name}”.`)).toBeVisible()
  }

  const decisions = new DecisionsPage(page)
  await decisions.open()
  expect(await decisions.names()).toEqual(['In six months', 'Today'])
  await decisions.pick('Today')
  await decisions.pick('In six months')
  await decisions.compare()

  const compare = new ComparePage(page)
  await expect(compare.heading).toBeVisible()
  await expect(compare.scenario('a')).toContainText('In six months')
  await expect(compare.scenario('b')).toContainText('Today')
  expect((await compare.ranking('a'))[0]).toBe('lora')
  expect((await compare.ranking('b'))[0]).toBe('rag')
  // In the questionnaire's order, as everywhere.
  expect(await compare.differing()).toEqual(['baseline', 'volume', 'examples'])
  await expect(compare.chart.locator('svg').first()).toBeVisible()
  await expect(compare.notice).toHaveCount(0)

  // The comparison is a link: copy it, and open it where nothing is saved.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied.')).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(await compare.link.inputValue())
  expect(copied).toContain('#/compare?a=')

  const fresh = await browser.newContext()
  const other = new ComparePage(await fresh.newPage())
  await other.goto(copied)
  await expect(other.scenario('a')).toContainText('In six months')
  await expect(other.scenario('b')).toContainText('Today')
  expect(await other.ranking('a')).toEqual(await compare.ranking('a'))
  expect(await other.ranking('b')).toEqual(await compare.ranking('b'))
  expect(await other.differing()).toEqual(['baseline', 'volume', 'examples'])
  await fresh.close()

  // Delete one, after confirming; it stays deleted after a reload.
  await decisions.open()
  await decisions.delete('Today')
  await expect(decisions.status).toHaveText('Deleted “Today”.')
  expect(await decisions.names()).toEqual(['In six months'])
  await page.reload()
  await expect(decisions.items).toHaveCount(1)
  expect(errors).toEqual([])
})

test('a bad comparison link gets a notice, not a crash', async ({ page }) => {
  const errors = collectErrors(page)
  const compare = new ComparePage(page)
  await compare.goto(`./#/compare?a=${encodeURIComponent('volume=huge&problem=tone')}&zz=1`)
  await expect(compare.notice).toContainText('“zz” is not part of a comparison link')
  await expect(compare.notice).toContainText('at least two scenarios')
  await expect(page.getByRole('link', { name: 'My decisions' }).last()).toBeVisible()
  expect(errors).toEqual([])
})

test('the guide has a page per approach, linked in a ladder', async ({ page }) => {
  await page.goto('./#/guide')
  await page.getByRole('link', { name: 'LoRA fine-tuning' }).click()
  await expect(page).toHaveURL(/#\/guide\/lora$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LoRA fine-tuning')
  for (const section of [
    'What it is',
    'What it costs and takes',
    'How to know it is working',
    'Common mistakes',
  ])
    await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible()
  await expect(page.getByText('$100–1,000 a training run')).toBeVisible()
  await page.getByRole('link', { name: 'Full fine-tuning →' }).click()
  await expect(page).toHaveURL(/#\/guide\/full$/)
  await page.goto('./#/guide/magic')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'There is no guide page for that',
  )
})
