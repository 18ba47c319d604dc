import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { countTokens } from 'gpt-tokenizer/encoding/o200k_base'
import { describe, expect, it } from 'vitest'
import { documentKind, documentText, stripHtml } from './documents.parse'
import { DOCS_FIXTURE } from './fixtures/docs-fixture'

describe('documentKind', () => {
  it.each([
    ['notes.TXT', 'text'],
    ['guide/Intro.MD', 'markdown'],
    ['page.htm', 'html'],
    ['data.jsonl', 'json'],
    ['table.tsv', 'csv'],
    ['manual.pdf', 'pdf'],
    ['slides.pptx', 'other'],
    ['README', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(documentKind(name)).toBe(kind)
  })
})

describe('stripHtml', () => {
  it('keeps the visible text only, entities decoded', () => {
    expect(
      stripHtml(
        '<html><head><style>p{}</style><script>alert(1)</script></head><body><!-- x --><h1>Hi</h1><p>Fish &amp; chips&nbsp;&#8364;5 &#x41;</p></body></html>',
      ),
    ).toBe('Hi\nFish & chips €5 A')
  })
})

describe('the fixture document set', () => {
  it.each(DOCS_FIXTURE)('$file: $tokens tokens', ({ file, kind, tokens }) => {
    const raw = readFileSync(join(__dirname, 'fixtures', 'docs', file), 'utf8')
    expect(documentKind(file)).toBe(kind)
    expect(countTokens(documentText(kind, raw))).toBe(tokens)
  })

  it('reads the HTML page as a reader sees it', () => {
    const raw = readFileSync(join(__dirname, 'fixtures', 'docs', 'faq.html'), 'utf8')
    expect(documentText('html', raw)).toBe(
      'FAQ\nShipping\nWe ship in 2–3 days & track every parcel.',
    )
  })
})
