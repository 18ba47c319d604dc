import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { APPROACH_INFO, parseAnswers, recommend, serializeAnswers } from '../../src/engine'
import { printToPdf } from './pages/printed-pdf'
import { ResultPage } from './pages/result-page'
import { ShareBar } from './pages/share-bar'
import { WizardPage } from './pages/wizard-page'
import { SPEC_QUERIES as CASES } from '../../src/engine/testing/spec-cases'

/** Every question answered, every problem ticked: the longest result there is. */
const EVERYTHING =
  'problem=knowledge,terminology,tone,voice,format,latency,unwanted,task&freshness=frequent&citations=yes&corpus=large&examples=over5k&baseline=prompt-rag&reliability=strict&volume=high&latency=tight&team=dedicated&budget=over50k&hosting=self-host&churn=unlikely&depth=deep'

const CLIPBOARD = ['clipboard-read', 'clipboard-write']
/** Charts on a result page: four range charts and the cumulative cost chart. */
const CHARTS = 5
const origin = (page: Page) => new URL(page.url()).origin
/** The result page rewrites every link it opens in the contract's key order. */
const canonical = (query: string) => serializeAnswers(parseAnswers(query).answers)

test.describe('share', () => {
  test('a copied link opens the same result in a fresh browser, leaving the recipient’s own answers alone', async ({
    browser,
  }) => {
    const sender = await browser.newContext({ permissions: CLIPBOARD })
    const page = await sender.newPage()
    const result = new ResultPage(page)
    await result.open(CASES[7]!)
    // The link must follow the page, not the URL it was opened with.
    await result.answer('Where the model runs').selectOption({ label: 'On our own servers' })
    await expect.poll(() => result.query()).toContain('hosting=self-host')

    const share = new ShareBar(page)
    const link = await share.copiedLink()
    expect(link).toBe(`${origin(page)}/#/result?${result.query()}`)
    const ranking = await result.rankingOrder()
    const stack = await result.stackOrder()

    // The recipient has answers of their own in progress; opening the link must not touch them.
    const recipient = await browser.newContext()
    const other = new ResultPage(await recipient.newPage())
    const wizard = new WizardPage(other.page)
    await wizard.open()
    await wizard.answer({ problem: ['tone'] })
    const saved = () => other.page.evaluate(() => JSON.stringify({ ...localStorage }))
    const before = await saved()
    expect(before).toContain('tone')

    await other.page.goto(link)
    await expect(other.ranking).toBeVisible()
    expect(await other.rankingOrder()).toEqual(ranking)
    expect(await other.stackOrder()).toEqual(stack)
    await expect(other.notice).toHaveCount(0)
    expect(await saved()).toBe(before)
    expect([...result.errors, ...other.errors]).toEqual([])
    await sender.close()
    await recipient.close()
  })

  test('where the clipboard is refused, the link is shown selected, and it works', async ({
    page,
    browser,
  }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
    })
    const result = new ResultPage(page)
    await result.open(CASES[0]!)
    const share = new ShareBar(page)
    await share.copyLink.click()
    await expect(share.status).toContainText('did not allow copying')
    await expect(share.linkField).toBeFocused()
    const link = await share.linkField.inputValue()
    expect(link).toBe(`${origin(page)}/#/result?${canonical(CASES[0]!)}`)
    const selected = await share.linkField.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    )
    expect(selected).toBe(link)

    const recipient = await browser.newContext()
    const other = new ResultPage(await recipient.newPage())
    await other.page.goto(link)
    await expect(other.ranking).toBeVisible()
    expect(await other.rankingOrder()).toEqual(await result.rankingOrder())
    await recipient.close()
  })

  test('copy as Markdown confirms, and the clipboard holds the decision with its link', async ({
    browser,
  }) => {
    const context = await browser.newContext({ permissions: CLIPBOARD })
    const page = await context.newPage()
    const result = new ResultPage(page)
    await result.open(CASES[7]!)
    const share = new ShareBar(page)
    await share.copyMarkdown.click()
    await expect(share.status).toHaveText('Markdown summary copied to the clipboard.')
    const markdown = await share.clipboardText()
    expect(markdown).toMatch(/^# Decision: LoRA fine-tuning \+ RAG\n/)
    expect(markdown).toContain('| 1 | LoRA fine-tuning |')
    expect(markdown).toContain(
      `Link to this result: ${origin(page)}/#/result?${canonical(CASES[7]!)}`,
    )
    await context.close()
  })

  test('download JSON saves the answers, the full result and the app version', async ({ page }) => {
    const result = new ResultPage(page)
    await result.open(CASES[11]!)
    const share = new ShareBar(page)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      share.downloadJson.click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^rag-or-tune-decision-\d{4}-\d{2}-\d{2}\.json$/)
    const json = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
      appVersion: string
      link: string
      answers: unknown
      result: { stack: string[] }
    }
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string }
    expect(json.appVersion).toBe(pkg.version)
    expect(json.link).toBe(`${origin(page)}/#/result?${canonical(CASES[11]!)}`)
    expect(json.answers).toEqual(parseAnswers(CASES[11]!).answers)
    expect(json.result.stack).toEqual(['full'])
    await expect(share.status).toHaveText(`Downloaded ${download.suggestedFilename()}.`)
  })

  test('the share actions are buttons a keyboard reaches; print summary draws the charts, then prints', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      // Record how many charts were drawn when the dialog opened.
      window.print = () =>
        document.documentElement.setAttribute(
          'data-printed',
          String(document.querySelectorAll('figure [role="img"] svg.recharts-surface').length),
        )
    })
    const result = new ResultPage(page)
    await result.open(CASES[1]!)
    // The page has settled; the range charts below the fold wait to be scrolled to.
    const boxes = page.locator('figure [role="img"]')
    await expect(boxes).toHaveCount(CHARTS)
    expect(await boxes.locator('svg.recharts-surface').count()).toBeLessThan(CHARTS)
    const share = new ShareBar(page)
    await share.copyLink.focus()
    await page.keyboard.press('Tab')
    await expect(share.printSummary).toBeFocused()
    await page.keyboard.press('Enter')
    // The charts below the fold were drawn before the dialog opened.
    await expect(page.locator('html')).toHaveAttribute('data-printed', String(CHARTS))
  })
})

test.describe('print', () => {
  /**
   * What the browser does on print: announce it, so that charts waiting to be scrolled to draw
   * (again for charts of sections still rendering), then lay the page out for paper.
   */
  async function printResult(page: Page, query: string) {
    const result = new ResultPage(page)
    await result.open(query)
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            window.dispatchEvent(new Event('beforeprint'))
            const boxes = [...document.querySelectorAll('figure [role="img"]')]
            return boxes.filter((el) => el.querySelector('svg.recharts-surface')).length
          }),
        { timeout: 15_000 },
      )
      .toBe(CHARTS)
    const pdf = await printToPdf(page)
    return { result, pdf }
  }

  const named = [
    ...CASES.map((query, i) => ({ name: `case ${i + 1}`, query })),
    { name: 'every question answered', query: EVERYTHING },
  ]
  for (const { name, query } of named) {
    test(`${name} prints on at most two A4 pages with the plan and the link`, async ({ page }) => {
      const { result, pdf } = await printResult(page, query)
      test.info().annotations.push({ type: 'pdf pages', description: String(pdf.pages) })
      expect(pdf.pages).toBeGreaterThanOrEqual(1)
      expect(pdf.pages).toBeLessThanOrEqual(2)

      const primary = recommend(parseAnswers(query).answers).stack[0]!
      const squeeze = (text: string) => text.replace(/[\s-]+/g, '')
      // Long words and links wrap anywhere on paper; compare without spaces and hyphens.
      expect(squeeze(pdf.text)).toContain(squeeze(APPROACH_INFO[primary].name))
      const heading = (await result.heading.textContent()) ?? ''
      expect(squeeze(pdf.text)).toContain(squeeze(heading))
      const link = `${origin(page)}/#/result?${canonical(query)}`
      expect(squeeze(pdf.text)).toContain(squeeze(`Link to this result: ${link}`))

      for (const part of ['Your answers', 'How the four approaches rank', 'Next steps']) {
        expect(pdf.text).toContain(part)
      }
      // The charts, the costs over time and the estimates table.
      for (const title of [
        'One-time cost to build',
        'Running cost a month',
        'Time to a first version',
        'Maintenance effort',
        'Cumulative cost by month',
        'Estimates by approach, low to high',
      ]) {
        expect(pdf.text).toContain(title)
      }
      // No navigation chrome, no buttons.
      for (const chrome of ['Decision map', 'Copy link', 'Skip to content', 'Edit these answers']) {
        expect(pdf.text).not.toContain(chrome)
      }
      expect(result.errors).toEqual([])
    })
  }

  test('the dark theme prints black on white, charts included', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    const { pdf } = await printResult(page, CASES[7]!)
    expect(pdf.pages).toBeLessThanOrEqual(2)
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    const colours = await page.evaluate(() =>
      ['h1', '[data-testid="ranking"] li', 'figure table td', 'figure svg text'].map((s) => {
        const el = document.querySelector(s)
        return el ? getComputedStyle(el).color : 'missing'
      }),
    )
    expect(colours).toEqual(Array(4).fill('rgb(0, 0, 0)'))
    // Drawings keep their light fills: the plan's hatching stays pale, not the dark theme's.
    const hatch = await page.evaluate(() => {
      const rect = document.querySelector('figure pattern rect')
      return rect ? getComputedStyle(rect).fill : 'missing'
    })
    expect(hatch).toBe('rgb(204, 251, 241)')
    await context.close()
  })
})
