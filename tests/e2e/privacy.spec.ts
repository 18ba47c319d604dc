import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { CSP_HEADER, CSP_META, ROUTE_CHECK_SCRIPT } from '../../src/app/csp'
import { APPROACHES } from '../../src/engine/contract/approaches'
import { at, must } from '../../src/engine/must'
import { readyToPrint } from './pages/printed-pdf'
import { nextQuestion } from './pages/question-step'

// Answers never leave the browser: every request of a whole session goes to the page's own
// origin, the built page carries a strict CSP, and nothing breaks it.

const dist = process.env.E2E_DIST ?? 'dist'
/** Case 8 of the spec: voice + facts at scale. */
const RESULT_QUERY =
  'problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large'
/** Two scenarios side by side: today, and with more examples and ten times the traffic. */
const COMPARE = `#/compare?a=${encodeURIComponent(RESULT_QUERY)}&an=Today&b=${encodeURIComponent(
  RESULT_QUERY.replace('examples=500to5k', 'examples=over5k').replace(
    'volume=high',
    'volume=medium',
  ),
)}&bn=Later`

/** Records every request of the context and every CSP violation or error of its pages. */
function watch(context: BrowserContext) {
  const requests: string[] = []
  const problems: string[] = []
  context.on('request', (r) => requests.push(r.url()))
  context.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) {
        problems.push(`console: ${m.text()}`)
      }
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  })
  return { requests, problems }
}

/** Violations reported by the page itself, collected from before its first script runs. */
async function recordCspViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    const list: string[] = []
    ;(window as unknown as { __csp: string[] }).__csp = list
    document.addEventListener('securitypolicyviolation', (e) =>
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    )
  })
}
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)

/** Same origin, or data held by the page itself (a download it built, an inline image). */
function isOwn(url: string, origin: string) {
  const u = new URL(url)
  if (u.protocol === 'data:') return true
  if (u.protocol === 'blob:') return new URL(u.pathname).origin === origin
  return u.origin === origin
}

/**
 * A watched session: every request of its context and every CSP violation or console error of
 * its pages is kept; `end` closes it and checks that nothing went to another origin.
 */
async function watchedSession(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({
    ...(baseURL ? { baseURL } : {}),
    permissions: ['clipboard-read', 'clipboard-write'],
  })
  await recordCspViolations(context)
  // The print dialog would block a headless run; count the calls instead.
  await context.addInitScript(() => {
    window.print = () => {
      ;(window as unknown as { __printed: number }).__printed =
        ((window as unknown as { __printed?: number }).__printed ?? 0) + 1
    }
  })
  const { requests, problems } = watch(context)
  const page = await context.newPage()
  const origin = new URL(must(baseURL)).origin
  const end = async () => {
    expect(await cspViolations(page)).toEqual([])
    await context.close()
    const foreign = requests.filter((url) => !isOwn(url, origin))
    expect(foreign, 'requests to another origin').toEqual([])
    expect(problems, 'console errors and CSP violations').toEqual([])
    // The session did load the app's code, so the list above is not empty by accident.
    expect(requests.filter((u) => u.endsWith('.js')).length).toBeGreaterThan(3)
  }
  return { page, end }
}

// The whole app in two sessions, each short enough for a busy two-core machine: the
// questionnaire and the result's actions, then every other page.
test('answering, sharing and printing make no request to another origin and break no CSP rule', async ({
  browser,
  baseURL,
}) => {
  const { page, end } = await watchedSession(browser, baseURL)

  // Home → the questionnaire, answered by keyboard: the first option, then Enter, to the end.
  await page.goto('./')
  await page.getByRole('link', { name: /start the questionnaire/i }).click()
  let question = ''
  for (let i = 0; i < 20 && page.url().includes('#/q/'); i++) {
    question = await nextQuestion(page, question)
    const step = page.url().split('#/q/')[1] ?? ''
    await page.keyboard.press('1')
    // A pick on a single-choice step moves on by itself; the problem list waits for Enter.
    if (step === 'problem' || step === 'measured') await page.keyboard.press('Enter')
    await expect(page).not.toHaveURL(new RegExp(`#/q/${step}$`))
  }
  const review = page.getByTestId('open-questions')
  await expect(review.or(page.getByTestId('ranking'))).toBeVisible()
  if (await review.isVisible()) await page.getByRole('link', { name: 'See the result' }).click()
  await expect(page.getByTestId('ranking')).toBeVisible()

  // The result for a full answer set, with every share and print action.
  await page.goto(`./#/result?${RESULT_QUERY}`)
  await expect(page.getByTestId('ranking')).toBeVisible()
  const share = page.getByRole('group', { name: 'Share this decision' })
  await share.getByRole('button', { name: 'Copy link' }).click()
  await share.getByRole('button', { name: 'Copy as Markdown' }).click()
  const download = page.waitForEvent('download')
  await share.getByRole('button', { name: 'Download JSON' }).click()
  await download
  await share.getByRole('button', { name: 'Print summary' }).click()
  // Printing opens the dialog.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBe(1)
  // The print media builds the brief and its QR code, under the policy. (Switched back to the
  // screen at once, the page may never see the print media: wait for the brief first.)
  await readyToPrint(page)
  await page.emulateMedia({ media: 'screen' })
  // The charts (recharts, in the folded costs) draw under the policy too.
  await page.locator('details#costs > summary').click()
  await page.locator('details#costs figure').first().scrollIntoViewIfNeeded()
  await expect(page.locator('.recharts-surface').first()).toBeVisible()
  await end()
})

test('every other page makes no request to another origin and breaks no CSP rule', async ({
  browser,
  baseURL,
}) => {
  const { page, end } = await watchedSession(browser, baseURL)
  for (const hash of [
    '#/map',
    `#/map?${RESULT_QUERY}`,
    '#/guide',
    ...APPROACHES.map((id) => `#/guide/${id}`),
    '#/decisions',
    COMPARE,
    '#/no-such-page',
  ]) {
    await page.goto(`./${hash}`)
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible()
    // Lazily drawn charts draw when scrolled near.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await page.waitForLoadState('networkidle')
  }
  await end()
})

test('text from the link is shown as text, never run as markup', async ({ page }) => {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const payload = encodeURIComponent('<img src=x onerror=alert(1)>')
  await page.goto(`./#/result?problem=tone&${payload}=${payload}&volume=${payload}`)
  await expect(page.getByTestId('ranking')).toBeVisible()
  await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('the built page carries the CSP and no inline script but the hashed route check, no inline style', () => {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
  expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CSP_META)
  // The policy comes first, so it covers everything the page loads.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
  const inline: string[] = []
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const body = at(script, 2)
    if (body.trim() === '')
      expect(script[1], 'a script without content has a src').toMatch(/\bsrc="/)
    else inline.push(body)
  }
  // The one inline script is the route check, which the CSP allows by its hash (src/app/csp.ts).
  expect(inline, 'inline scripts').toEqual([ROUTE_CHECK_SCRIPT])
  expect(html).not.toMatch(/<style\b/)
  expect(html).not.toMatch(/\son[a-z]+=/i)
  expect(html).not.toMatch(/\sstyle=/i)
  expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
})

test('vite preview sends the CSP and the other security headers', async ({ request }) => {
  const response = await request.get('./')
  expect(response.headers()['content-security-policy']).toBe(CSP_HEADER)
  expect(response.headers()['x-content-type-options']).toBe('nosniff')
  expect(response.headers()['referrer-policy']).toBe('no-referrer')
})

/** Every file under a folder, recursively. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

test('the source neither injects HTML nor evaluates strings', () => {
  const sources = files('src').filter((f) => /\.(ts|tsx)$/.test(f) && !/\.test\.tsx?$/.test(f))
  expect(sources.length).toBeGreaterThan(20)
  const offending = sources.flatMap((file) => {
    const code = readFileSync(file, 'utf8')
    return [/dangerouslySetInnerHTML/, /\binnerHTML\s*=/, /\beval\s*\(/, /\bnew Function\s*\(/]
      .filter((re) => re.test(code))
      .map((re) => `${file}: ${re.source}`)
  })
  expect(offending).toEqual([])
  // The built JavaScript, dependencies included, needs no eval (the CSP would block it).
  expect(existsSync(join(dist, 'assets'))).toBe(true)
  const built = files(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
  const evaluating = built.filter((f) => /\beval\(|\bnew Function\(/.test(readFileSync(f, 'utf8')))
  expect(evaluating).toEqual([])
})
