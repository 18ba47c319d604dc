import { expect, test } from './warm-page'
import { estimate, formatUsdRange, parseAnswers, range } from '../../src/engine'
import { must } from '../../src/engine/must'
import { chooseModel, findModel } from '../../src/engine/cost/prices/price-catalog'
import { parseAssumptions } from '../../src/engine/codec/assumptions-codec'
import snapshot from '../../src/engine/cost/prices/price-snapshot.json' with { type: 'json' }
import { CostSection, openCosts } from './pages/cost-section'

// Facts and a format to follow at medium volume, with a provider that hosts tuned models.
const QUERY = 'problem=knowledge,format&volume=medium&hosting=managed-ft'
const MODEL = 'openai:gpt-5-mini'

test('choosing a model from the catalog changes the figures and the link, and the link reopens them', async ({
  page,
  browser,
}) => {
  const { result, cost } = await openCosts(page, QUERY)
  const picker = cost.section.getByTestId('model-picker')
  await expect(picker.getByTestId('prices-as-of')).toContainText(
    `prices as of ${snapshot.asOf}, ${snapshot.catalog} v${snapshot.version}`,
  )
  const hosted = picker.getByLabel('Model for prompting and RAG')
  await expect(hosted).toHaveValue('')
  const before = await cost.figure('prompt', 'monthly').textContent()

  const { provider, model } = must(findModel(snapshot, MODEL))
  await hosted.selectOption({ label: model.name })

  // The figure the engine gives at the catalog's prices for that model.
  const answers = parseAnswers(QUERY).answers
  const monthly = estimate(
    answers,
    chooseModel(parseAssumptions('').assumptions, 'hosted', provider.id, model),
  ).prompt.monthly
  // The table shows whole dollars.
  const expected = formatUsdRange(range(Math.round(monthly.low), Math.round(monthly.high)))
  expect(expected).not.toBe(before)
  await expect(cost.figure('prompt', 'monthly')).toHaveText(expected)
  const cached = model.cacheRead === undefined ? '' : `&a\\.pc=${model.cacheRead}`
  await expect(page).toHaveURL(
    new RegExp(`a\\.m=${MODEL}&a\\.pin=${model.input}&a\\.pout=${model.output}${cached}$`),
  )
  await expect(picker).toContainText(`$${model.input} in, $${model.output} out`)
  const figures = await cost.figures()

  // Someone else opens the link: the same model chosen, the same figures.
  const elsewhere = await browser.newContext()
  const other = await elsewhere.newPage()
  const otherCost = new CostSection(other)
  await other.goto(page.url())
  await expect(otherCost.figure('prompt', 'monthly')).toHaveText(expected)
  await expect(
    otherCost.section.getByTestId('model-picker').getByLabel('Model for prompting and RAG'),
  ).toHaveValue(MODEL)
  expect(await otherCost.figures()).toEqual(figures)
  await elsewhere.close()

  // Back to the illustrative price: the model and its prices leave the link.
  await hosted.selectOption({ index: 0 })
  await expect(cost.figure('prompt', 'monthly')).toHaveText(must(before))
  await expect(page).not.toHaveURL(/a\.m=/)
  expect(result.errors).toEqual([])
})
