// Size budget of the built site: prints each figure against its budget, fails when one is over.
// Run after `vite build`: `npm run budget`.
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { join } from 'node:path'

const dist = 'dist'
const KB = 1024
const BUDGETS = {
  initialHome: 90 * KB,
  initialQuestionnaire: 90 * KB,
  totalJs: 300 * KB,
  css: 15 * KB,
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error('budget: dist/ is missing; run `npm run build` first')
  process.exit(1)
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const assets = readdirSync(join(dist, 'assets')).map((f) => `assets/${f}`)
const js = assets.filter((f) => f.endsWith('.js'))
const css = assets.filter((f) => f.endsWith('.css'))

// What the home page loads before it can run: the entry script and every module it preloads,
// followed through static imports.
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const entry = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1])
const preloads = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map(
  (m) => m[1],
)

/** A chunk and everything it statically imports. */
function closure(start) {
  const seen = new Set()
  const stack = [...start]
  while (stack.length) {
    const file = stack.pop()
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(join(dist, file), 'utf8')
    for (const m of code.matchAll(
      /(?:^|[;\n}])\s*import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g,
    )) {
      stack.push(`assets/${m[1]}`)
    }
  }
  return [...seen]
}

const homeFiles = closure([...entry, ...preloads])
const stepChunk = js.find((f) => /question-step-/.test(f))
const questionnaireFiles = stepChunk ? closure([...homeFiles, stepChunk]) : homeFiles
const sum = (files) => files.reduce((n, f) => n + gz(f), 0)
const chartsInInitial = questionnaireFiles.some((f) =>
  /recharts|CartesianChart|generateCategoricalChart/.test(readFileSync(join(dist, f), 'utf8')),
)

const rows = [
  ['Initial JS, home page', sum(homeFiles), BUDGETS.initialHome],
  ['Initial JS, home + questionnaire step', sum(questionnaireFiles), BUDGETS.initialQuestionnaire],
  ['Total JS', sum(js), BUDGETS.totalJs],
  ['CSS', sum(css), BUDGETS.css],
]

let failed = false
console.log('Bundle budget (gzip -9)')
for (const [name, size, budget] of rows) {
  const ok = size <= budget
  failed ||= !ok
  console.log(
    `  ${ok ? 'ok  ' : 'OVER'} ${name.padEnd(40)} ${(size / KB).toFixed(1).padStart(7)} KB / ${(budget / KB).toFixed(0)} KB`,
  )
}
console.log(
  `  ${chartsInInitial ? 'OVER' : 'ok  '} Charts (recharts) kept out of the initial chunks`,
)
failed ||= chartsInInitial
if (failed) {
  console.error('budget: over budget')
  process.exit(1)
}
