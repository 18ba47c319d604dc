import { expect, test } from './warm-page'
import { parseAnswers, recommend } from '../../src/engine'
import { ResultPage } from './pages/result-page'

// Links anyone can type, paste, truncate or forge. Each opens to a result with a notice that
// says what was ignored; none crashes, blanks the page or logs an error.

interface BadLink {
  name: string
  /** What follows '#/result?' (already percent-encoded as it would travel). */
  query: string
  /** Text the notice must show (the offending part, or why). */
  says: RegExp
}

const BAD_LINKS: BadLink[] = [
  { name: 'unknown key', query: 'colour=blue&problem=tone', says: /"colour" is not a question/ },
  { name: 'unknown value', query: 'problem=tone&volume=huge', says: /"huge" is not an answer/ },
  { name: 'unknown list item', query: 'problem=tone,magic', says: /"magic" is not an answer/ },
  {
    name: 'a list where one value is allowed',
    query: 'latency=tight,relaxed',
    says: /takes one value/,
  },
  { name: 'duplicate key', query: 'volume=low&volume=high', says: /more than once/ },
  { name: 'key without a value', query: 'volume', says: /"volume" has no value/ },
  { name: 'empty value', query: 'volume=&problem=tone', says: /"volume" has no value/ },
  { name: 'upper case', query: 'VOLUME=HIGH', says: /"VOLUME" is not a question/ },
  { name: 'garbage', query: '%%%&&==&;;', says: /not valid percent-encoding/ },
  { name: 'a NUL byte', query: 'problem=%00', says: /is not an answer to "problem"/ },
  { name: 'truncated UTF-8', query: 'problem=%E0%A4%A', says: /not valid percent-encoding/ },
  {
    name: 'double-encoded separator',
    query: 'problem=tone%2526volume%253Dhigh',
    says: /is not an answer to "problem"/,
  },
  { name: 'a plus for a space', query: 'volume=+high', says: /is not an answer to "volume"/ },
  { name: 'script tag as a key', query: '<script>alert(1)</script>=1', says: /<script>alert/ },
  {
    name: 'img onerror as a value',
    query: 'problem=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    says: /<img src=x onerror=alert\(1\)>/,
  },
  { name: 'emoji key and value', query: '%F0%9F%99%82=%F0%9F%8E%89&problem=🙂', says: /�/ },
  { name: 'prototype keys', query: '__proto__=x&constructor=1', says: /"__proto__" is not/ },
  { name: 'assumption that is not a number', query: 'a.qpd=lots', says: /a\.qpd/ },
  { name: 'negative assumption', query: 'volume=high&a.pin=-5', says: /a\.pin/ },
  { name: 'unknown assumption', query: 'a.nope=1', says: /a\.nope/ },
  { name: 'assumption in exponent form', query: 'a.h=1e999', says: /a\.h/ },
  { name: 'just separators and an empty key', query: '&&&=', says: /"" is not a question/ },
  { name: 'only "="', query: '=', says: /"" is not a question/ },
  {
    name: 'a 100 KB query',
    query: `problem=knowledge&freshness=frequent&${'x'.repeat(100_000)}`,
    says: /unusually long/,
  },
]

test.describe('bad links', () => {
  // Two halves run side by side; within each, one browser tab opens link after link as a fresh
  // page (the app's files come from the cache, so 20+ links stay fast).
  const half = Math.ceil(BAD_LINKS.length / 2)
  for (const [part, links] of [BAD_LINKS.slice(0, half), BAD_LINKS.slice(half)].entries()) {
    test(`bad links, part ${part + 1}: each opens a result with a notice and no error`, async ({
      page,
    }) => {
      test.setTimeout(180_000)
      for (const link of links) {
        await test.step(link.name, async () => {
          await page.goto('about:blank')
          const result = new ResultPage(page)
          await result.open(link.query)
          await expect(result.notice).toBeVisible()
          await expect(result.notice).toContainText(link.says)
          await expect(result.notice.getByRole('button', { name: /fix it/i })).toBeVisible()
          await expect(result.rankedApproaches).toHaveCount(4)
          // Text from the link is only ever text: nothing it names becomes an element.
          await expect(page.locator('main img, main script, main iframe')).toHaveCount(0)
          expect(result.errors).toEqual([])
        })
      }
    })
  }

  test('a link with nothing but separators opens with nothing answered and no notice', async ({
    page,
  }) => {
    const result = new ResultPage(page)
    await result.open('&&&')
    await expect(result.rankedApproaches).toHaveCount(4)
    await expect(result.notice).toHaveCount(0)
    expect(await result.stackOrder()).toEqual(['prompt'])
    expect(result.errors).toEqual([])
  })

  test('every valid answer of a bad link is kept and drives the result', async ({ page }) => {
    const good = 'problem=knowledge&freshness=frequent&citations=yes&corpus=large'
    const result = new ResultPage(page)
    await result.open(`${good}&volume=huge&colour=blue&problem=tone&%E0%A4%A`)
    await expect(result.notice).toContainText('"huge" is not an answer')
    await expect(result.notice).toContainText('"colour" is not a question')
    await expect(result.notice).toContainText('more than once')
    expect(await result.rankingOrder()).toEqual(
      recommend(parseAnswers(good).answers).ranking.map((r) => r.approach),
    )
    await expect(result.answer('How often it changes')).toHaveValue('frequent')
    await expect(result.answer('Reference material')).toHaveValue('large')
    await expect(result.answer('Queries a day')).toHaveValue('')
    expect(result.errors).toEqual([])
  })
})
