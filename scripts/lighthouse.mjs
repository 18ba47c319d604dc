// Lighthouse at its default (mobile) settings against the built home and result pages, in
// Debian's Chromium: prints the four category scores of each. Not part of `npm test` (figures
// move with the machine's load): `npm run build && npm run lighthouse`.
// Options: LIGHTHOUSE_DIST (default dist), LIGHTHOUSE_PORT (default 4180), CHROMIUM_PATH,
// LIGHTHOUSE_RUNS (runs per page, default 1; the median performance run is reported),
// LIGHTHOUSE_SAVE (a folder: the median run's full report of each page goes there as
// <page>.json, to read its audits: the LCP element, long tasks, main-thread work, chains).
import { spawn } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const dist = process.env.LIGHTHOUSE_DIST ?? 'dist'
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4180)
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 1)
const save = process.env.LIGHTHOUSE_SAVE
const base = `http://127.0.0.1:${port}/`
const PAGES = {
  home: base,
  result: `${base}#/result?problem=voice,knowledge&volume=high&examples=500to5k&team=some&baseline=prompt-rag&freshness=frequent&corpus=large`,
}
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo']

const server = spawn(
  'npx',
  [
    'vite',
    'preview',
    '--outDir',
    dist,
    '--port',
    String(port),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  { stdio: 'ignore', detached: true },
)
const stopServer = () => {
  try {
    process.kill(-server.pid)
  } catch {
    // already gone
  }
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return
    } catch {
      // not up yet
    }
    await sleep(200)
  }
  throw new Error(`no server at ${base}`)
}

let chrome
try {
  await waitForServer()
  const robots = await fetch(`${base}robots.txt`)
  const robotsText = await robots.text()
  console.log(
    `robots.txt: ${robots.status} ${robots.headers.get('content-type')} ${robotsText.startsWith('User-agent') ? '(served as itself)' : '(NOT the file: the app answered)'}`,
  )
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  })
  for (const [name, url] of Object.entries(PAGES)) {
    const results = []
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
      })
      results.push(lhr)
    }
    results.sort((a, b) => a.categories.performance.score - b.categories.performance.score)
    const lhr = results[Math.floor(results.length / 2)]
    if (save) {
      mkdirSync(save, { recursive: true })
      writeFileSync(join(save, `${name}.json`), JSON.stringify(lhr))
    }
    const scores = CATEGORIES.map((c) => `${c} ${Math.round(lhr.categories[c].score * 100)}`)
    const audit = (id) => lhr.audits[id]?.displayValue ?? '?'
    console.log(
      `${name}: ${scores.join(', ')} | LCP ${audit('largest-contentful-paint')}, TBT ${audit('total-blocking-time')}, CLS ${audit('cumulative-layout-shift')}, DOM ${audit('dom-size')}` +
        (runs > 1
          ? ` | performance over ${runs} runs: ${results.map((r) => Math.round(r.categories.performance.score * 100)).join(', ')}`
          : ''),
    )
    for (const c of CATEGORIES) {
      for (const ref of lhr.categories[c].auditRefs) {
        const a = lhr.audits[ref.id]
        if (ref.weight > 0 && a.score !== null && a.score < 1 && c !== 'performance')
          console.log(`  ${c}: ${a.id} — ${a.title}`)
      }
    }
  }
} finally {
  await chrome?.kill()
  stopServer()
}
