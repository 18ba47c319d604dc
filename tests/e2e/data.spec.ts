import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './warm-page'
import { DOCS_FIXTURE } from '../../src/features/data/fixtures/docs-fixture'
import { axeViolations } from './pages/axe'
import { DataPage, FIXTURES } from './pages/data-page'
import { must } from '../../src/engine/must'

// The #/data page: files chosen through the page's own inputs, checked in the browser, and what
// they show carried into the result link.

// The first file of each part of the page loads the tokenizer (~1 MB gzip) in a worker: seconds
// on a busy 2-core machine. Nothing here is timed, so every wait is generous.
test.describe.configure({ timeout: 1_080_000 })
const LONG = { timeout: 270_000 }

/** Tokens of the fixture PDF's one line, "Refunds take five working days." (o200k_base). */
const PDF_TOKENS = 7
const DOCS_TOKENS = DOCS_FIXTURE.reduce((n, d) => n + d.tokens, 0)

test('a training file with known errors: every error on its line, then carried into the link', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open('problem=voice&volume=high')
  const before = await data.resultParams()
  expect(before.get('examples')).toBeNull()

  await data.trainingFile.setInputFiles(join(FIXTURES, 'chat-errors.jsonl'))
  const report = await data.trainingDone()
  await expect(report.getByTestId('training-layout')).toHaveText(
    'Mixed: 11 OpenAI chat (messages), 1 Prompt–completion pairs',
  )
  await expect(report.getByRole('alert')).toContainText('This file mixes layouts')
  await expect(report.getByTestId('training-examples')).toHaveText('12 read, 5 without errors')
  for (const [kind, line] of [
    ['Not JSON', 2],
    ['Missing or empty messages', 4],
    ['Unknown role', 5],
    ['Unknown key', 6],
    ['Missing content', 7],
    ['No assistant turn', 8],
    ['Duplicate of an earlier example', 9],
    ['A different layout from the rest of the file', 11],
    ['Not a JSON object', 15],
  ] as const) {
    const row = report.locator(`[data-issue="${kind}"]`)
    await expect(row).toContainText(`Line ${line}:`)
  }
  await expect(report.locator('[data-spread="messages"]')).toContainText('2')
  await expect(report.getByTestId('billed-tokens')).toContainText('tokens ×')

  await page.getByRole('button', { name: 'Use these examples in the decision' }).click()
  await expect(page.getByTestId('carried')).toContainText('Training examples: under500')
  const after = await data.resultParams('a.tt')
  expect(after.get('examples')).toBe('under500')
  expect(after.get('problem')).toBe('voice')
  // 5 examples: 20 epochs (OpenAI's default raises 3 so that examples × epochs reaches 100).
  expect(after.get('a.ep')).toBe('20')
  expect(Number(after.get('a.tt'))).toBeGreaterThan(0)

  // The result link opens a result that uses it.
  await data.resultLink.click()
  await expect(page.getByTestId('ranking')).toBeVisible()
  expect(page.url()).toContain('examples=under500')
  expect(data.errors).toEqual([])
})

test('the other layouts are named', async ({ page }) => {
  const data = new DataPage(page)
  await data.open()
  await data.trainingFile.setInputFiles(join(FIXTURES, 'sharegpt.jsonl'))
  let report = await data.trainingDone()
  await expect(report.getByTestId('training-layout')).toHaveText('ShareGPT (conversations)')
  await expect(report.locator('[data-issue="Unknown role"]')).toContainText(
    'Line 3: turn 2: from "robot"',
  )
  await data.trainingFile.setInputFiles(join(FIXTURES, 'prompt-completion.jsonl'))
  report = await data.trainingDone()
  await expect(report.getByTestId('training-layout')).toHaveText('Prompt–completion pairs')
  await expect(report.getByText('No errors')).toBeVisible()
})

test('documents, as files and as a folder: their tokens, the PDF read, carried into the corpus', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  const docs = readdirSync(join(FIXTURES, 'docs')).map((f) => join(FIXTURES, 'docs', f))
  await data.docsFiles.setInputFiles(docs)
  const total = data.docsReport.getByTestId('docs-total')
  await expect(total).toContainText(`${DOCS_TOKENS + PDF_TOKENS} tokens in 6 files`, LONG)
  await expect(data.docsReport.getByTestId('docs-fits')).toContainText(
    'It fits in the context window',
  )
  await expect(data.docsReport.getByTestId('docs-largest')).toContainText('prices.csv')
  await expect(data.docsReport.getByTestId('cost-in-prompt')).toContainText('$')

  await page.getByRole('button', { name: 'Use these documents in the decision' }).click()
  const params = await data.resultParams('a.corp')
  expect(params.get('corpus')).toBe('small')
  expect(Number(params.get('a.corp'))).toBeCloseTo((DOCS_TOKENS + PDF_TOKENS) / 1e6, 8)

  // The same documents chosen as a folder.
  await data.docsFolder.setInputFiles(join(FIXTURES, 'docs'))
  await expect(total).toContainText(`${DOCS_TOKENS + PDF_TOKENS} tokens in 6 files`, LONG)
  await expect(data.docsReport.getByTestId('docs-largest')).toContainText('docs/prices.csv')

  // Another model family: an estimate with its band, never shown as exact.
  await page.getByLabel('Model').selectOption('claude')
  await expect(total).toContainText('(estimate ±20%)')
  expect(data.errors).toEqual([])
})

test('the prompt in use feeds the extra prompt tokens', async ({ page }) => {
  const data = new DataPage(page)
  await data.open()
  await data.prompt.fill('hello world')
  // The first count waits for the tokenizer to load in the worker.
  await expect(page.getByTestId('prompt-tokens')).toHaveText('2 tokens', LONG)
  await page.getByRole('button', { name: 'Use as the extra prompt tokens' }).click()
  expect((await data.resultParams('a.pex')).get('a.pex')).toBe('2')
})

test.describe('bad input gets a clear message', () => {
  let dir: string
  test.beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-e2e-'))
  })
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('binary, not UTF-8, empty, 200 MB', async ({ page }) => {
    const data = new DataPage(page)
    await data.open()
    const alert = data.trainingReport.getByRole('alert')
    await data.trainingFile.setInputFiles({
      name: 'photo.jsonl',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    })
    await expect(alert).toContainText(/binary file|not UTF-8/)
    await data.trainingFile.setInputFiles({
      name: 'latin1.jsonl',
      mimeType: 'text/plain',
      buffer: Buffer.from('{"prompt":"caf\xe9","completion":"x"}\n', 'latin1'),
    })
    await expect(alert).toContainText('It is not UTF-8 text')
    await data.trainingFile.setInputFiles({
      name: 'empty.jsonl',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(0),
    })
    await expect(alert).toHaveText('empty.jsonl is empty (0 bytes).')
    const big = join(dir, 'big.jsonl')
    writeFileSync(big, '')
    truncateSync(big, 200 * 1024 * 1024) // sparse: 200 MB on paper, nothing on disk
    await data.trainingFile.setInputFiles(big)
    await expect(alert).toContainText('big.jsonl is 200 MB: this page reads files up to 100 MB')
    expect(data.errors).toEqual([])
  })

  test('a 10 MB line, and 100,000 lines of errors, stay readable', async ({ page }) => {
    const data = new DataPage(page)
    await data.open()
    // Large inputs go in as files on disk: Playwright sends a buffer to the page far more slowly.
    const long = join(dir, 'long.jsonl')
    writeFileSync(
      long,
      JSON.stringify({
        messages: [
          { role: 'user', content: 'word '.repeat(2 * 1024 * 1024) },
          { role: 'assistant', content: 'ok then' },
        ],
      }),
    )
    await data.trainingFile.setInputFiles(long)
    let report = await data.trainingDone()
    await expect(report.getByTestId('training-examples')).toHaveText('1 read, 1 without errors')
    await expect(report).toContainText('1 lines')

    const errors = join(dir, 'errors.jsonl')
    writeFileSync(errors, Array.from({ length: 100_000 }, (_, i) => `not json ${i}`).join('\n'))
    await data.trainingFile.setInputFiles(errors)
    report = await data.trainingDone()
    const row = report.locator('[data-issue="Not JSON"]')
    await expect(row.getByTestId('issue-count')).toHaveText('100,000 lines')
    // The first lines only, then every one on request.
    await expect(row.getByRole('listitem')).toHaveCount(5)
    await row.getByRole('button', { name: 'Show every line number (100,000)' }).click()
    await expect(row).toContainText('All lines: 1, 2, 3')
    await expect(
      row.getByRole('link', { name: 'Download all 100,000 as a text file' }),
    ).toBeVisible()
    expect(data.errors).toEqual([])
  })

  test('a check in progress shows its progress and can be cancelled', async ({ page }) => {
    const data = new DataPage(page)
    await data.open()
    const line = JSON.stringify({
      messages: [
        { role: 'user', content: 'How do I change the delivery address of my order? '.repeat(8) },
        {
          role: 'assistant',
          content: 'Open Orders, choose the order, then Change address. '.repeat(8),
        },
      ],
    })
    const big = join(dir, 'ninety.jsonl')
    writeFileSync(
      big,
      `${Array.from({ length: Math.ceil(90e6 / line.length) }, () => line).join('\n')}\n`,
    )
    await data.trainingFile.setInputFiles(big)
    const bar = page.getByRole('progressbar', { name: 'Checking the training file' })
    await expect(bar).toBeVisible()
    // It moves: some bytes read, not all.
    await expect(page.getByTestId('job-progress')).toContainText(
      /[1-9][\d.]* MB of 85\.\d MB read/,
      {
        timeout: 270_000,
      },
    )
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(bar).toHaveCount(0)
    await expect(data.trainingReport).toHaveText('')
  })
})

test('nothing leaves the browser: every request of a session with files is same-origin', async ({
  page,
  baseURL,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  const data = new DataPage(page)
  await data.open()
  // The tokenizer and parsers load only once a file is chosen.
  expect(requests.some((u) => /data\.worker/.test(u))).toBe(false)
  await data.trainingFile.setInputFiles(join(FIXTURES, 'chat-errors.jsonl'))
  await data.trainingDone()
  await data.docsFiles.setInputFiles(
    readdirSync(join(FIXTURES, 'docs')).map((f) => join(FIXTURES, 'docs', f)),
  )
  await expect(data.docsReport.getByTestId('docs-total')).toBeVisible(LONG)
  await data.prompt.fill('You are a helpful assistant.')
  await expect(page.getByTestId('prompt-tokens')).not.toHaveText('', LONG)
  await page.getByRole('button', { name: 'Use these examples in the decision' }).click()
  await page.waitForLoadState('networkidle')

  const origin = new URL(must(baseURL)).origin
  // One worker for the three sections: its code and the tokenizer's vocabulary load once.
  expect(requests.filter((u) => /data\.worker/.test(u))).toHaveLength(1)
  expect(requests.filter((u) => /o200k/.test(u))).toHaveLength(1)
  expect(
    requests.filter(
      (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
    ),
  ).toEqual([])
  expect(data.errors).toEqual([])
})

test('the page with its reports shown has no accessibility violation', async ({ page }) => {
  const data = new DataPage(page)
  await data.open()
  await data.trainingFile.setInputFiles(join(FIXTURES, 'chat-errors.jsonl'))
  await data.trainingDone()
  await data.docsFiles.setInputFiles(
    readdirSync(join(FIXTURES, 'docs')).map((f) => join(FIXTURES, 'docs', f)),
  )
  await expect(data.docsReport.getByTestId('docs-total')).toBeVisible(LONG)
  expect(await axeViolations(page)).toEqual([])
})
