import { expect, test, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { test as warmTest } from './warm-page'
import { join } from 'node:path'
import { must } from '../../src/engine/must'

// Every chunk the app loads lazily is made to fail (its request aborted, as a dropped
// connection would) on a page that loads it, and every page's every lazy boundary is reached by
// one such failure (see `run`). The chunk graph comes from the build's manifest, so a new chunk
// is tested without anyone listing it here.
//
// - A chunk a page's own code needs: the page gives way to the recovery message, and the
//   header (navigation) and footer stay.
// - A chunk of one part of a page (a chart, the answers panel): that part gives way to a line
//   of text, and the rest of the page, its heading first, stays, with no recovery message.

test.describe.configure({ timeout: 540_000 })

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
}

const dist = process.env.E2E_DIST ?? 'dist'
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  ManifestChunk
>

/** A chunk and every chunk it imports statically: what must arrive for it to run. */
function closure(key: string, out = new Set<string>()): Set<string> {
  if (out.has(key) || !manifest[key] || manifest[key].isEntry) return out
  out.add(key)
  for (const dep of manifest[key].imports ?? []) closure(dep, out)
  return out
}

/** Loaded with the first page (the entry and what it imports statically): not lazy. */
const initial = new Set<string>()
for (const chunk of Object.values(manifest))
  if (chunk.isEntry) for (const dep of chunk.imports ?? []) closure(dep, initial)

const RESULT_QUERY = 'problem=voice,knowledge&volume=high&examples=500to5k&team=some'

interface PageCase {
  name: string
  url: string
  /** The page's own lazy module (none for the home page, which is in the entry). */
  route?: string
  /** Lazy parts drawn on the page, each with the line of text that takes its place. */
  parts: { module: string; fallback: RegExp }[]
  heading: RegExp
  /** Lazy modules, besides the route's, without which the page cannot be shown at all. */
  own?: string[]
  /** Saved answers, when the page needs some to show a part. */
  answers?: string
}

const CHART_FALLBACK = /The chart could not be drawn; its table below has the same figures/
const PAGES: PageCase[] = [
  {
    name: 'home (with a notice about saved answers)',
    url: './',
    parts: [],
    heading: /prompt, retrieve or fine-tune/i,
    answers: '{"state":{"answers":{"volume":"huge"}},"version":1}',
  },
  {
    name: 'question step',
    url: './#/q/volume',
    route: 'src/app/routes/question-step.tsx',
    parts: [
      {
        module: 'src/features/questionnaire/answers-panel.tsx',
        fallback: /This part of the page could not be loaded/,
      },
    ],
    heading: /./,
    answers: '{"state":{"answers":{"problem":["tone"]}},"version":1}',
  },
  {
    name: 'question step whose help uses glossary terms',
    url: './#/q/depth',
    route: 'src/app/routes/question-step.tsx',
    parts: [
      {
        // Shared with the guide and the result, which import it statically: a chunk of its own.
        module: Object.keys(manifest).find((k) => k.startsWith('_term-text-')) ?? 'term-text',
        fallback: /LoRA, the light fine-tune, handles surface changes/,
      },
    ],
    heading: /How deep is the change/,
  },
  {
    name: 'scores step',
    url: './#/q/measured',
    route: 'src/app/routes/question-step.tsx',
    parts: [
      {
        module: 'src/features/questionnaire/score-fields.tsx',
        fallback: /This part of the page could not be loaded/,
      },
    ],
    heading: /What did it score/,
    answers: '{"state":{"answers":{"baseline":"prompt"}},"version":1}',
  },
  {
    name: 'data',
    url: './#/data',
    route: 'src/app/routes/data.tsx',
    parts: [],
    heading: /Check your own data/,
  },
  {
    name: 'unknown question step',
    url: './#/q/nope',
    route: 'src/app/routes/question-step.tsx',
    own: ['src/features/questionnaire/unknown-step.tsx'],
    parts: [],
    heading: /./,
  },
  {
    name: 'result',
    url: `./#/result?${RESULT_QUERY}`,
    route: 'src/app/routes/result.tsx',
    parts: [
      { module: 'src/components/charts/range-bar-chart.tsx', fallback: CHART_FALLBACK },
      { module: 'src/features/cost/cost-chart.tsx', fallback: CHART_FALLBACK },
      {
        module: 'src/engine/cost/prices/price-snapshot.json',
        fallback: /The model catalog could not be loaded/,
      },
    ],
    heading: /./,
  },
  {
    name: 'review',
    url: './#/review',
    route: 'src/app/routes/review.tsx',
    parts: [],
    heading: /./,
  },
  {
    name: 'compare',
    url: `./#/compare?a=${encodeURIComponent('volume=low')}&b=${encodeURIComponent('volume=high&problem=voice')}`,
    route: 'src/app/routes/compare.tsx',
    parts: [{ module: 'src/features/compare/compare-chart.tsx', fallback: CHART_FALLBACK }],
    heading: /Compare scenarios/,
  },
  {
    name: 'decision map',
    url: './#/map',
    route: 'src/app/routes/decision-map.tsx',
    parts: [],
    heading: /./,
  },
  {
    name: 'guide',
    url: './#/guide/rag',
    route: 'src/app/routes/guide.tsx',
    parts: [],
    heading: /./,
  },
  {
    name: 'my decisions',
    url: './#/decisions',
    route: 'src/app/routes/decisions.tsx',
    parts: [],
    heading: /My decisions/,
  },
  {
    name: 'missing page',
    url: './#/no-such-page',
    route: 'src/app/routes/not-found.tsx',
    parts: [],
    heading: /./,
  },
]

/** Asks every chart on the page to draw (as before printing), as scrolling to it would. */
function askToDraw(page: Page) {
  return page.evaluate(() => {
    // Folded parts (the result's costs) are built once opened.
    for (const fold of document.querySelectorAll('details:not([open])')) {
      ;(fold as HTMLDetailsElement).open = true
    }
    window.scrollTo(0, document.documentElement.scrollHeight)
    window.dispatchEvent(new Event('beforeprint'))
  })
}

const file = (key: string) => must(manifest[key]).file.replace(/^assets\//, '')

/** Every lazily loaded chunk, each with the pages that load it and how each should fail. */
const cases: { chunk: string; page: PageCase; part?: PageCase['parts'][number] }[] = []
// Scripts only: the one stylesheet (style.css in the manifest) is linked by the page itself.
const lazyChunks = Object.keys(manifest).filter(
  (k) => !must(manifest[k]).isEntry && !initial.has(k) && must(manifest[k]).file.endsWith('.js'),
)
for (const chunk of lazyChunks) {
  for (const p of PAGES) {
    const needed = new Set<string>()
    // The home page is in the entry: its one lazy module is the notice about saved answers.
    for (const key of p.route
      ? [p.route, ...(p.own ?? [])]
      : ['src/features/questionnaire/storage-notice-message.tsx'])
      closure(key, needed)
    if (needed.has(chunk)) {
      cases.push({ chunk, page: p })
      continue
    }
    const part = p.parts.find((x) => closure(x.module).has(chunk))
    if (part) cases.push({ chunk, page: p, part })
  }
}

/**
 * The cases run: every chunk fails at least once, and every page's every boundary (the page's
 * own, and each part's) is reached by at least one failing chunk. A chunk shared by many pages
 * fails the same boundary on each of them, so the rest of the pairs test nothing new; they took
 * two thirds of this file's time.
 */
const boundary = (c: (typeof cases)[number]) => `${c.page.name} / ${c.part?.module ?? 'the page'}`
const run: typeof cases = []
{
  const chunksSeen = new Set<string>()
  const boundariesSeen = new Set<string>()
  for (const c of cases) {
    if (chunksSeen.has(c.chunk) && boundariesSeen.has(boundary(c))) continue
    chunksSeen.add(c.chunk)
    boundariesSeen.add(boundary(c))
    run.push(c)
  }
}

/**
 * Lazy chunks no page loads on its own: the service worker's registration (in the background
 * after the first screen, tested below), the recovery page's details (only after a crash;
 * if they fail, the recovery page keeps its Reload button), and the QR encoder of the printed
 * brief (paper only; if it fails, the brief keeps the link in words and as a link), and the
 * home page's worked examples (below the fold; if they fail, the home page is as it was without
 * them, its questionnaire links intact).
 */
const NOT_A_PAGE_PART = new Set([
  'src/app/pwa/start.tsx',
  'src/app/recovery-details.tsx',
  'node_modules/uqr/dist/index.mjs',
  'src/features/home/worked-examples.tsx',
])

test('the manifest lists the lazy chunks, and every one is loaded by some page tested here', () => {
  expect(lazyChunks.length).toBeGreaterThan(10)
  const reached = new Set(cases.map((c) => c.chunk))
  expect(lazyChunks.filter((k) => !reached.has(k) && !NOT_A_PAGE_PART.has(k))).toEqual([])
})

test('a failed download of the service worker registration leaves the page as it is', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  let aborted = 0
  await page.route(`**/assets/${file('src/app/pwa/start.tsx')}`, (route) => {
    aborted++
    return route.abort('connectionreset')
  })
  await page.goto('./')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/prompt, retrieve or fine-tune/i)
  await expect.poll(() => aborted).toBeGreaterThan(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  expect(errors).toEqual([])
})

for (const { chunk, page: p, part } of run) {
  warmTest(
    `${file(chunk)} fails on the ${p.name} page: ${part ? 'the part gives way to a line of text' : 'the page says so, the header stays'}`,
    async ({ warm }) => {
      const { page } = warm
      let aborted = 0
      await page.route(`**/assets/${file(chunk)}`, (route) => {
        aborted++
        return route.abort('connectionreset')
      })
      await warm.open(p.url, p.answers ? { 'rag-or-tune:answers': p.answers } : {})
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
      if (part) {
        await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(p.heading)
        // The result page renders its lower sections a moment after its top, and a chart mounted
        // after the last ask waits to be scrolled near: ask until the part has given way.
        const fallback = page.getByText(part.fallback).first()
        await expect
          .poll(
            async () => {
              await askToDraw(page)
              return fallback.isVisible()
            },
            { timeout: 45_000 },
          )
          .toBe(true)
        await expect(page.getByRole('alert')).toHaveCount(0)
        await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(p.heading)
      } else {
        const alert = page.getByRole('alert')
        await expect(alert.getByRole('heading')).toHaveText('This page could not be loaded')
        await expect(page.getByRole('contentinfo')).toContainText('Runs entirely in your browser')
      }
      expect(aborted).toBeGreaterThan(0)
      expect(warm.errors).toEqual([])
    },
  )
}
