import { HOME_HASH } from './home-hash'

/**
 * The one inline script of the built page, allowed by its hash below: the page carries the home
 * page's markup (rendered at build time, see `homeShell` in vite.config.ts) so that it paints
 * before the app's script arrives; on any other page's URL (`#/result?…`) this marks the document
 * before the first paint, and the stylesheet hides that markup (`.routed .home-shell`) until the
 * app renders the page asked for. On a result's URL it also preloads the result page's files,
 * named on the app's preload link (`data-result`, written by the build), so they are fetched
 * beside the app's script, not after the page's first script has run. A file would cost a
 * request before the first paint.
 */
export const ROUTE_CHECK_SCRIPT = `${String(HOME_HASH)}.test(location.hash)||(document.documentElement.classList.add("routed"),location.hash.indexOf("#/result")||document.querySelectorAll("link[data-result]").forEach(function(a){a.dataset.result.split(" ").forEach(function(h){var l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.appendChild(l)})}))`
/** sha256 of ROUTE_CHECK_SCRIPT, base64 (src/app/csp.test.ts checks it). */
export const ROUTE_CHECK_HASH = "'sha256-CdbS5dMz7nlxN2CpyYKTMM1YqC1vHHJTZOYbKhBIlOg='"

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
