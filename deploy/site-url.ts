/**
 * Link-preview tags whose value is a URL. Most chat apps resolve a relative og:image against the
 * page, but Facebook, X and LinkedIn want it absolute, and og:url must be absolute.
 */
const URL_TAGS = /(<meta\s+(?:property|name)="(?:og:image|twitter:image)"\s+content=")([^"]*)(")/g

/** The site's public address as an absolute http(s) URL ending in `/`, or an error. */
export function parseSiteUrl(
  value: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, reason: `SITE_URL is not a URL: ${JSON.stringify(value)}` }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `SITE_URL must be http(s), not ${url.protocol}` }
  }
  if (url.search || url.hash) {
    return { ok: false, reason: 'SITE_URL must not have a query or a hash' }
  }
  return { ok: true, url: url.href.endsWith('/') ? url.href : `${url.href}/` }
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * The built index.html with its link-preview URLs made absolute against `siteUrl` and an
 * og:url added; unchanged without a `siteUrl` (the relative image then works on most hosts).
 *
 * @example
 * absoluteSiteUrls(html, 'https://me.github.io/rag-or-tune')
 * // content="./og-image.png" → content="https://me.github.io/rag-or-tune/og-image.png"
 */
export function absoluteSiteUrls(html: string, siteUrl: string | undefined): string {
  if (!siteUrl) return html
  const site = parseSiteUrl(siteUrl)
  if (!site.ok) throw new Error(site.reason)
  const withImages = html.replace(
    URL_TAGS,
    (_, open: string, href: string, close: string) =>
      `${open}${attr(new URL(href, site.url).href)}${close}`,
  )
  return withImages.replace(
    /(\s*)(<meta\s+property="og:type")/,
    `$1<meta property="og:url" content="${attr(site.url)}" />$1$2`,
  )
}
