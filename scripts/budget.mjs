// Size budget of the built site: prints each figure against its budget, fails when one is over.
// Run after `vite build`: `npm run budget` (or `node scripts/budget.mjs <dist dir>`; the folder
// defaults to $E2E_DIST, then `dist`).
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = process.argv[2] ?? process.env.E2E_DIST ?? 'dist'
const KB = 1024
const BUDGETS = {
  initialHome: 90 * KB,
  initialQuestionnaire: 90 * KB,
  // Every lazy chunk together (the first screen has its own limits above). 300 KB until the
  // review step, the printed brief with its QR code and the price model came (308.9 KB with
  // them): each loads only on its own page or action, so the limit moved, not the first screen.
  totalJs: 320 * KB,
  css: 15 * KB,
  // The #/data page: its own chunk, and its Web Worker (the exact tokenizer, ~1 MB of
  // vocabulary, and the parsers) with pdf.js, which the worker fetches only for a PDF.
  dataPage: 20 * KB,
  dataWorker: 1050 * KB,
  pdfReader: 420 * KB,
  // The model-price catalog snapshot: data, fetched by the cost section only (npm run prices).
  priceSnapshot: 8 * KB,
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`budget: ${dist}/index.html is missing; run \`npm run build\` first`)
  process.exit(1)
}

const read = (file) => readFileSync(join(dist, file), 'utf8')
const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`)
const js = assets.filter((f) => f.endsWith('.js'))
const css = assets.filter((f) => f.endsWith('.css'))

// The chunk graph comes from Vite's build manifest (`build.manifest`): each chunk's file, the
// chunks it imports statically (`imports`, loaded before it runs) and the assets it names.
const manifestFile = '.vite/manifest.json'
if (!existsSync(join(dist, manifestFile))) {
  console.error(`budget: ${dist}/${manifestFile} is missing; build with \`build.manifest\` on`)
  process.exit(1)
}
const manifest = JSON.parse(read(manifestFile))
const keyWhere = (test) => Object.keys(manifest).find((key) => test(manifest[key], key))

/** The files of chunks and of every chunk they import statically; `import()` is not followed. */
function closure(keys) {
  const seen = new Set()
  const stack = [...keys]
  while (stack.length) {
    const key = stack.pop()
    if (seen.has(key)) continue
    seen.add(key)
    stack.push(...(manifest[key].imports ?? []))
  }
  return [...seen].map((key) => manifest[key].file)
}

// What the home page loads before it can run: the entries (the page's small first script and the
// app's, which the page preloads and that script starts) and everything they import statically.
const entryKeys = Object.keys(manifest).filter((key) => manifest[key].isEntry)
if (entryKeys.length === 0) {
  console.error('budget: the manifest has no entry chunk')
  process.exit(1)
}
const homeFiles = closure(entryKeys)

// The data page's worker is a bundle of its own, an asset of the data route's chunk; its chunks
// (the tokenizer's vocabulary, pdf.js) are the JS files the app's manifest does not name. They
// are counted on their own lines, not in the app's total, which stays what every other page can
// load.
const dataKey = keyWhere((chunk, key) => chunk.isDynamicEntry && key.endsWith('/routes/data.tsx'))
const dataWorker = dataKey
  ? manifest[dataKey].assets?.find((f) => /\/data\.worker-[\w-]+\.js$/.test(f))
  : undefined
const named = new Set(
  Object.values(manifest).flatMap((chunk) => [chunk.file, ...(chunk.assets ?? [])]),
)
const workerFiles = dataWorker ? [dataWorker, ...js.filter((f) => !named.has(f))] : []
const pdfFiles = workerFiles.filter((f) => /\/pdf[.-]/.test(f))
const tokenizerFiles = workerFiles.filter((f) => !pdfFiles.includes(f))
const snapshotKey = keyWhere((_, key) => key.endsWith('/price-snapshot.json'))
const priceSnapshot = snapshotKey ? manifest[snapshotKey].file : undefined
// Counted on its own line: it is a table of prices, not code, and only the cost section loads it.
const appJs = js.filter((f) => !workerFiles.includes(f) && f !== priceSnapshot)
const dataChunk = dataKey ? manifest[dataKey].file : undefined
const stepKey = keyWhere((_, key) => key.endsWith('/routes/question-step.tsx'))
const questionnaireFiles = stepKey ? closure([...entryKeys, stepKey]) : homeFiles
const sum = (files) => files.reduce((n, f) => n + gz(f), 0)
/** What the data page adds to what the home page already loaded. */
const dataPageFiles = dataKey ? closure([dataKey]).filter((f) => !homeFiles.includes(f)) : []

// recharts keeps its CSS class names (`recharts-wrapper`, `recharts-surface`, ...) through
// minification, so they mark the chunk that holds it, whatever the bundler named the chunk.
const hasCharts = (file) => /recharts-(?:wrapper|surface|responsive-container)/.test(read(file))
const chartChunks = js.filter(hasCharts)
const chartsInInitial = questionnaireFiles.filter(hasCharts)

const rows = [
  ['Initial JS, home page', sum(homeFiles), BUDGETS.initialHome],
  ['Initial JS, home + questionnaire step', sum(questionnaireFiles), BUDGETS.initialQuestionnaire],
  ['Total JS (no data worker, no prices)', sum(appJs), BUDGETS.totalJs],
  ['CSS', sum(css), BUDGETS.css],
  ['Data page (#/data), beyond the home page', sum(dataPageFiles), BUDGETS.dataPage],
  ['Data worker (tokenizer, parsers)', sum(tokenizerFiles), BUDGETS.dataWorker],
  ['PDF reader (pdf.js, when a PDF is chosen)', sum(pdfFiles), BUDGETS.pdfReader],
  [
    'Price snapshot (cost section, lazy)',
    priceSnapshot ? gz(priceSnapshot) : 0,
    BUDGETS.priceSnapshot,
  ],
]

let failed = false
const kb = (n) => `${(n / KB).toFixed(1).padStart(7)} KB`
console.log(`Bundle budget (${dist}, gzip -9)`)
for (const [name, size, budget] of rows) {
  const ok = size <= budget
  failed ||= !ok
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(40)} ${kb(size)} / ${(budget / KB).toFixed(0)} KB`,
  )
}
if (!dataChunk || !dataWorker) {
  failed = true
  console.log('  OVER The data page or its worker is missing from the build')
}
if (!priceSnapshot) {
  failed = true
  console.log('  OVER The price snapshot is not a chunk of its own (it must load lazily)')
} else if (questionnaireFiles.includes(priceSnapshot)) {
  failed = true
  console.log('  OVER The price snapshot is in an initial chunk')
}
if (workerFiles.some((f) => questionnaireFiles.includes(f))) {
  failed = true
  console.log('  OVER The data worker is in an initial chunk')
}
if (chartsInInitial.length > 0) {
  failed = true
  console.log(`  OVER Charts (recharts) in an initial chunk: ${chartsInInitial.join(', ')}`)
} else if (chartChunks.length > 0) {
  const size = chartChunks.reduce((n, f) => n + gz(f), 0)
  console.log(
    `  ok   Charts (recharts) only in lazy chunks ${kb(size)}: ${chartChunks.map((f) => f.slice(7)).join(', ')}`,
  )
} else {
  console.log('  ok   Charts (recharts): not in the build (no page draws a chart yet)')
}
console.log(
  `       initial chunks: ${questionnaireFiles.map((f) => `${f.slice(7)} ${(gz(f) / KB).toFixed(1)} KB`).join(', ')}`,
)
if (failed) {
  console.error('budget: over budget')
  process.exit(1)
}
