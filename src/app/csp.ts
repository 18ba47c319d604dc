/**
 * The Content-Security-Policy of the built site: everything from our own origin, nothing inline,
 * no eval. Served as a header by `vite preview` and written as a <meta> tag into the built
 * index.html for static hosts that cannot set headers (frame-ancestors only works as a header).
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
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
