// Draws the committed PNGs of public/ from their SVG sources with the same headless Chromium as
// the end-to-end tests: the app icons (from public/favicon.svg), the maskable icon and the link
// preview image (deploy/images/*.svg). Run after changing a source: `node scripts/images.mjs`.
import { chromium } from '@playwright/test'
import { readFileSync } from 'node:fs'

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const svg = (file) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

/** [output in public/, SVG source, width, height, transparent corners] */
const IMAGES = [
  ['icon-192.png', 'public/favicon.svg', 192, 192, true],
  ['icon-512.png', 'public/favicon.svg', 512, 512, true],
  ['apple-touch-icon.png', 'deploy/images/icon-maskable.svg', 180, 180, false],
  ['icon-maskable-512.png', 'deploy/images/icon-maskable.svg', 512, 512, false],
  ['og-image.png', 'deploy/images/og-image.svg', 1200, 630, false],
]

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
try {
  for (const [out, source, width, height, transparent] of IMAGES) {
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 })
    const markup = svg(source).replace('<svg ', `<svg width="${width}" height="${height}" `)
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${markup}`,
    )
    await page.screenshot({
      path: new URL(`../public/${out}`, import.meta.url).pathname,
      omitBackground: transparent,
    })
    await page.close()
    console.log(`public/${out} ${width}×${height}`)
  }
} finally {
  await browser.close()
}
