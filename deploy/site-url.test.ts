import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { must } from '../src/engine/must'
import { absoluteSiteUrls, parseSiteUrl } from './site-url'

const html = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8')
const meta = (page: string, key: string) =>
  new RegExp(`<meta\\s+(?:property|name)="${key}"\\s+content="([^"]*)"`).exec(page)?.[1]

describe('absoluteSiteUrls', () => {
  it('leaves the page as it is without SITE_URL: a relative image, no og:url', () => {
    expect(absoluteSiteUrls(html, undefined)).toBe(html)
    expect(meta(html, 'og:image')).toBe('./og-image.png')
    expect(meta(html, 'twitter:image')).toBe('./og-image.png')
    expect(meta(html, 'og:url')).toBeUndefined()
  })

  it.each([
    ['https://me.github.io/rag-or-tune', 'https://me.github.io/rag-or-tune/'],
    ['https://me.github.io/rag-or-tune/', 'https://me.github.io/rag-or-tune/'],
    ['https://tools.example.com', 'https://tools.example.com/'],
  ])('makes the preview URLs absolute for %s', (siteUrl, base) => {
    const page = absoluteSiteUrls(html, siteUrl)
    expect(meta(page, 'og:image')).toBe(`${base}og-image.png`)
    expect(meta(page, 'twitter:image')).toBe(`${base}og-image.png`)
    expect(meta(page, 'og:url')).toBe(base)
    expect(page.match(/property="og:url"/g)).toHaveLength(1)
  })

  it.each([
    ['not a url', 'is not a URL'],
    ['ftp://example.com/', 'must be http(s)'],
    ['https://example.com/?a=1', 'must not have a query'],
  ])('refuses SITE_URL=%s', (siteUrl, reason) => {
    const parsed = parseSiteUrl(siteUrl)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.reason).toContain(reason)
    expect(() => absoluteSiteUrls(html, siteUrl)).toThrow(reason)
  })

  it('escapes what it writes into an attribute', () => {
    const page = absoluteSiteUrls(html, 'https://example.com/a&b/')
    expect(meta(page, 'og:url')).toBe('https://example.com/a&amp;b/')
  })
})

describe('the link preview', () => {
  it('shows a large static image that exists, at the size the tags declare', () => {
    expect(meta(html, 'twitter:card')).toBe('summary_large_image')
    const image = must(meta(html, 'og:image'), 'og:image')
    expect(meta(html, 'twitter:image')).toBe(image)
    const png = readFileSync(resolve(process.cwd(), 'public', image.replace(/^\.\//, '')))
    // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
      Number(meta(html, 'og:image:width')),
      Number(meta(html, 'og:image:height')),
    ])
    expect(png.readUInt32BE(16)).toBe(1200)
    for (const key of ['og:title', 'og:description', 'og:image:alt', 'twitter:title'])
      expect(meta(html, key)?.length, key).toBeGreaterThan(10)
  })
})
