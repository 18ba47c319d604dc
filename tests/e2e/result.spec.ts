import { expect, test } from './warm-page'
import { parseAnswers, recommend } from '../../src/engine'
import { at } from '../../src/engine/must'
import { ResultPage } from './pages/result-page'
import { SPEC_QUERIES as CASES } from '../../src/engine/testing/spec-cases'

const engine = (query: string) => recommend(parseAnswers(query).answers)

test('every case of the spec opens straight from its link with the engine’s ranking and plan', async ({
  page,
}) => {
  // Twelve page loads in one test: room for a busy machine.
  test.setTimeout(270_000)
  const result = new ResultPage(page)
  for (const query of CASES) {
    await test.step(query || '(nothing answered)', async () => {
      await result.open(query)
      const expected = engine(query)
      await expect
        .poll(() => result.rankingOrder())
        .toEqual(expected.ranking.map((r) => r.approach))
      expect(await result.stackOrder()).toEqual(expected.stack)
      await expect(result.heading).toBeFocused()
      // With no problem named the result is a starting point, and its title says so.
      await expect(page).toHaveTitle(/ recommended — |^A starting point — /)
      await expect(result.notice).toHaveCount(0)
    })
  }
  expect(result.errors).toEqual([])
})

test('changing an answer on the page rewrites the link and re-ranks at once', async ({ page }) => {
  const result = new ResultPage(page)
  const query = at(CASES, 7)
  await result.open(query)
  expect((await result.rankingOrder())[0]).toBe('lora')

  await result.answer('Tried and measured so far').selectOption('none')
  const changed = query.replace('baseline=prompt-rag', 'baseline=none')
  const expected = engine(changed)
  await expect.poll(() => result.rankingOrder()).toEqual(expected.ranking.map((r) => r.approach))
  expect(parseAnswers(result.query()).answers).toEqual(parseAnswers(changed).answers)
  expect(await result.stackOrder()).toEqual(expected.stack)

  // "Change" on a reason opens that answer's control beside it.
  const lora = result.ranking.locator('[data-approach="lora"]')
  await lora.getByText('Show why').click()
  await lora.getByRole('button', { name: 'Change “Labelled examples”' }).click()
  await expect(lora.getByRole('combobox', { name: 'Labelled examples' })).toBeVisible()

  // A reload of the rewritten link shows the same result: the URL is the whole state.
  await page.reload()
  await expect.poll(() => result.rankingOrder()).toEqual(expected.ranking.map((r) => r.approach))
  expect(result.errors).toEqual([])
})

test('a bad or huge link keeps its valid answers and says what it ignored', async ({ page }) => {
  const result = new ResultPage(page)
  const bad = 'problem=tone,magic&volume=huge&colour=blue&citations=yes&latency=tight,relaxed'
  await result.open(bad)
  await expect(result.notice).toContainText('"magic" is not an answer to "problem"')
  await expect(result.notice).toContainText('"colour" is not a question we ask')
  await expect(result.answer('Answers point to sources')).toHaveValue('yes')
  expect(await result.rankingOrder()).toEqual(engine(bad).ranking.map((r) => r.approach))

  // 100 KB of garbage: still a page, the list of problems capped.
  const huge = `problem=knowledge&${'x=%ZZ&'.repeat(17_000)}`
  await result.open(huge)
  await expect(result.notice).toContainText(/and [\d,]+ more/)
  expect(await result.rankingOrder()).toEqual(
    engine('problem=knowledge').ranking.map((r) => r.approach),
  )

  await page.getByRole('button', { name: 'Fix it in the questionnaire' }).click()
  await expect(page).toHaveURL(/#\/q\/problem/)
  expect(result.errors).toEqual([])
})

test('the charts draw, with the plan marked and a table behind each', async ({ page }) => {
  const result = new ResultPage(page)
  await result.open(at(CASES, 7))
  await result.openCosts()
  const figures = result.charts
  await expect(figures).toHaveCount(4)
  const first = figures.first()
  await first.scrollIntoViewIfNeeded()
  await expect(first.locator('.recharts-wrapper svg')).toBeVisible()
  await expect(first.getByText('your plan').first()).toBeVisible()
  await first.getByText('Show as a table').click()
  await expect(first.getByRole('table')).toBeVisible()
  await expect(first.getByRole('row')).toHaveCount(5)
  expect(result.errors).toEqual([])
})

test('a result link shows in a handful of React commits, not in a render restarted over and over', async ({
  page,
}) => {
  // React reports every commit to a devtools hook that is on the page before it loads. The
  // result page's first render once restarted about 40 times (a deferred render and the route's
  // Suspense retry taking turns), some 300 ms of main thread a load; now it commits about 5 times.
  const hook = await page.addInitScript(() => {
    const w = window as unknown as { __commits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
    w.__commits = 0
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => undefined,
      onCommitFiberRoot: () => {
        w.__commits++
      },
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
    }
  })
  try {
    const result = new ResultPage(page)
    await result.open(at(CASES, 7))
    // The last of the staged sections: what would change the plan.
    await expect(page.getByTestId('what-would-change')).toBeVisible()
    const commits = await page.evaluate(
      () => (window as unknown as { __commits: number }).__commits,
    )
    test.info().annotations.push({ type: 'React commits', description: String(commits) })
    expect(commits).toBeGreaterThan(0)
    expect(commits).toBeLessThanOrEqual(12)
    expect(result.errors).toEqual([])
  } finally {
    await hook.dispose()
  }
})
