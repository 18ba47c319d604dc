import { HOME_HASH } from './home-hash'

/**
 * The one inline script of the built page, allowed by its hash below: the page carries the home
 * page's markup (rendered at build time, see `homeShell` in vite.config.ts) so that it paints
 * before the app's script arrives; on any other page's URL (`#/result?…`) this marks the document
 * before the first paint, and the stylesheet hides the home page's content (`.routed
 * .home-shell`), leaving the site's header on screen until the app renders the page asked for.
 * A file would cost a request before the first paint.
 */
export const ROUTE_CHECK_SCRIPT = `${String(HOME_HASH)}.test(location.hash)||document.documentElement.classList.add("routed")`
/** sha256 of ROUTE_CHECK_SCRIPT, base64 (src/app/csp.test.ts checks it). */
export const ROUTE_CHECK_HASH = "'sha256-/4Kkt04NaSmAxSD3Q3WdPskPN3A4dhI/qegeRWlHl2g='"

/**
 * The Content-Security-Policy of the built site: everything from our own origin, nothing inline
 * but the route check above (by its hash), no eval. Served as a header by `vite preview` and written as a <meta> tag into the built
 * index.html for static hosts that cannot set headers (frame-ancestors only works as a header).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  `script-src 'self' ${ROUTE_CHECK_HASH}`,
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "manifest-src 'self'",
]

export const CSP_META = CSP_DIRECTIVES.join('; ')
export const CSP_HEADER = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/**
 * Every response header the site is served with, wherever it is hosted: `vite preview`, the
 * Netlify / Cloudflare Pages `_headers` file and the nginx container (`deploy/`); a test keeps
 * the three equal to this.
 */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
} as const

/**
 * How long a browser may keep a file under /assets/ (its name is hashed: a changed file gets a
 * new name), wherever the site is hosted: `vite preview`, `_headers` and nginx; a test keeps the
 * three equal to this. Every other path revalidates (`no-cache`).
 */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable'
