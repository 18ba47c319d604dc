import type { DocumentKind } from './data.types'

const KINDS: Record<string, DocumentKind> = {
  txt: 'text',
  text: 'text',
  rst: 'text',
  log: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdx: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  xml: 'html',
  json: 'json',
  jsonl: 'json',
  ndjson: 'json',
  csv: 'csv',
  tsv: 'csv',
  pdf: 'pdf',
}

/**
 * What kind of document a file is, from its name.
 * @example documentKind('guide/Intro.MD') // 'markdown'
 */
export function documentKind(name: string): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  return KINDS[ext] ?? 'other'
}

/**
 * The text a model would read from a document: HTML and XML without their tags, scripts, styles
 * and comments (entities decoded, runs of blank space shortened); every other kind as it is.
 * @example documentText('html', '<p>Fish &amp; chips</p>') // 'Fish & chips'
 */
export function documentText(kind: DocumentKind, text: string): string {
  return kind === 'html' ? stripHtml(text) : text
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  copy: '©',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return NAMED[name.toLowerCase()] ?? whole
  })
}

/** HTML to its visible text, without a DOM (there is none in a worker). */
export function stripHtml(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/section|\/article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
  return decodeEntities(text)
    .replace(/[ \t\f\v]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim()
}
