import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { analyseSensitivity, parseAnswers, recommend, serializeAnswers } from '../../src/engine'
import { at } from '../../src/engine/must'
import { printToPdf, readyToPrint } from './pages/printed-pdf'
import { ResultPage } from './pages/result-page'
import { ShareBar } from './pages/share-bar'
import { WizardPage } from './pages/wizard-page'
import { test as warmTest } from './warm-page'
import { SPEC_QUERIES as CASES } from '../../src/engine/testing/spec-cases'

/** Every question answered, every problem ticked: the longest result there is. */
const EVERYTHING =
  'problem=knowledge,terminology,tone,voice,format,latency,unwanted,task&freshness=frequent&citations=yes&corpus=large&examples=over5k&baseline=prompt-rag&reliability=strict&volume=high&latency=tight&team=dedicated&budget=over50k&hosting=self-host&churn=unlikely&depth=deep'

const CLIPBOARD = ['clipboard-read', 'clipboard-write']
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
    await result.open(at(CASES, 7))
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
    const saved = () =>
      other.page.evaluate(() => JSON.stringify(Object.fromEntries(Object.entries(localStorage))))
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
    await result.open(at(CASES, 0))
    const share = new ShareBar(page)
    await share.copyLink.click()
    await expect(share.status).toContainText('did not allow copying')
    await expect(share.linkField).toBeFocused()
    const link = await share.linkField.inputValue()
    expect(link).toBe(`${origin(page)}/#/result?${canonical(at(CASES, 0))}`)
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
    await result.open(at(CASES, 7))
    const share = new ShareBar(page)
    await share.copyMarkdown.click()
    await expect(share.status).toHaveText('Markdown summary copied to the clipboard.')
    const markdown = await share.clipboardText()
    expect(markdown).toMatch(/^# Decision: LoRA fine-tuning \+ RAG\n/)
    expect(markdown).toContain('| 1 | LoRA fine-tuning |')
    expect(markdown).toContain(
      `Link to this result: ${origin(page)}/#/result?${canonical(at(CASES, 7))}`,
    )
    await context.close()
  })

  test('download JSON saves the answers, the full result and the app version', async ({ page }) => {
    const result = new ResultPage(page)
    await result.open(at(CASES, 11))
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
    expect(json.link).toBe(`${origin(page)}/#/result?${canonical(at(CASES, 11))}`)
    expect(json.answers).toEqual(parseAnswers(at(CASES, 11)).answers)
    expect(json.result.stack).toEqual(['full'])
    await expect(share.status).toHaveText(`Downloaded ${download.suggestedFilename()}.`)
  })

  test('the share actions are buttons a keyboard reaches; print summary opens the dialog', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', 'yes')
    })
    const result = new ResultPage(page)
    await result.open(at(CASES, 1))
    const share = new ShareBar(page)
    await share.copyLink.focus()
    await page.keyboard.press('Tab')
    await expect(share.printSummary).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.locator('html')).toHaveAttribute('data-printed', 'yes')
  })
})

test.describe('print', () => {
  /** Opens a result and prints it once the brief (and its QR code) is on the page. */
  async function printResult(page: Page, query: string) {
    const result = new ResultPage(page)
    await result.open(query)
    // The brief is built for paper only: not on screen, even once the page has settled.
    await expect(page.getByRole('region', { name: 'Next steps' })).toBeVisible()
    await expect(page.locator('.print-brief')).toHaveCount(0)
    await readyToPrint(page)
    const pdf = await printToPdf(page)
    return { result, pdf }
  }

  /** The web links of a PDF (its /URI annotations), read from the file's bytes. */
  const uris = (bytes: Buffer) =>
    [...bytes.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => at(m, 1))

  const squeeze = (text: string) => text.replace(/[\s-]+/g, '')

  const named = [
    ...CASES.map((query, i) => ({ name: `case ${i + 1}`, query })),
    { name: 'every question answered', query: EVERYTHING },
    { name: 'nothing answered', query: '' },
  ]
  for (const { name, query } of named) {
    warmTest(
      `${name} prints a brief on at most two A4 pages: plan, costs, every change, answers, a working link`,
      async ({ warm }) => {
        const { page } = warm
        await warm.reset()
        const { result, pdf } = await printResult(page, query)
        test.info().annotations.push({ type: 'pdf pages', description: String(pdf.pages) })
        expect(pdf.pages).toBeGreaterThanOrEqual(1)
        expect(pdf.pages).toBeLessThanOrEqual(2)

        const { answers } = parseAnswers(query)
        const r = recommend(answers)
        const text = squeeze(pdf.text)
        const heading = (await result.heading.textContent()) ?? ''
        expect(text).toContain(squeeze(heading))
        expect(text).toContain(squeeze(r.confidence.text))
        for (const part of [
          'The plan',
          'Costs',
          'Assumptions:',
          'Why',
          'Risks',
          'What would change the plan',
          'Next steps',
          'The answers',
        ]) {
          expect(pdf.text).toContain(part)
        }
        for (const step of r.nextSteps) expect(text).toContain(squeeze(step.title))
        // Every change that would move the plan, not a few of them.
        const { changes, problemChanges } = analyseSensitivity(answers)
        for (const c of [...changes, ...problemChanges]) expect(text).toContain(squeeze(c.text))
        // The link, as text and as a web link that opens the same result.
        const link = `${origin(page)}/#/result?${canonical(query)}`
        expect(text).toContain(squeeze(link))
        // The headline, the link and its QR code open the brief, on page 1 whatever its length.
        expect(squeeze(at(pdf.pageTexts, 0))).toContain(squeeze(link))
        expect(squeeze(at(pdf.pageTexts, 0))).toContain(squeeze(heading))
        // A second page holds only what did not fit: page 1 is not left half empty.
        if (pdf.pages === 2) expect(at(pdf.pageFill, 0)).toBeGreaterThan(0.85)
        const opened = uris(pdf.bytes).map((u) => new URL(u))
        expect(opened.length).toBeGreaterThan(0)
        expect(
          opened.every(
            (u) => u.origin === origin(page) && u.hash === `#/result?${canonical(query)}`,
          ),
        ).toBe(true)
        // No navigation chrome, no buttons.
        for (const chrome of [
          'Decision map',
          'Copy link',
          'Skip to content',
          'Edit these answers',
          'Show why',
        ]) {
          expect(pdf.text).not.toContain(chrome)
        }
        expect(result.errors).toEqual([])
      },
    )
  }

  warmTest(
    'changed assumptions are printed with their values, and the headline prints as the headline',
    async ({ warm }) => {
      const { page } = warm
      await warm.reset()
      const { pdf } = await printResult(page, `${at(CASES, 7)}&a.qpd=1000000&a.pin=3`)
      expect(pdf.pages).toBeLessThanOrEqual(2)
      expect(pdf.text).toContain('the defaults, except 2 changed')
      expect(pdf.text).toContain('Queries a day: 1,000,000')
      expect(pdf.text).toMatch(/Input price: 3 USD per 1M/)
      await page.emulateMedia({ media: 'print' })
      const sizes = await page.evaluate(() =>
        ['.print-brief .brief-title', '.print-brief h2'].map((s) => {
          const element = document.querySelector(s)
          if (!element) throw new Error(`Missing ${s}`)
          return parseFloat(getComputedStyle(element).fontSize)
        }),
      )
      expect(at(sizes, 0)).toBeGreaterThanOrEqual(1.5 * at(sizes, 1))
    },
  )

  test('the dark theme prints black on white', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' })
    const page = await context.newPage()
    const { pdf } = await printResult(page, at(CASES, 7))
    expect(pdf.pages).toBeLessThanOrEqual(2)
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
    const colours = await page.evaluate(() =>
      ['.brief-title', '.print-brief li', '.print-brief td'].map((s) => {
        const el = document.querySelector(s)
        return el ? getComputedStyle(el).color : 'missing'
      }),
    )
    expect(colours).toEqual(Array(3).fill('rgb(0, 0, 0)'))
    await context.close()
  })
})
