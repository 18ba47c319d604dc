import { createHash } from 'node:crypto'
import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { CSP_HEADER, CSP_META, ROUTE_CHECK_HASH, ROUTE_CHECK_SCRIPT } from './csp'

describe('the CSP allows the one inline script and nothing else inline', () => {
  it('carries the hash of the route check, so a changed script is blocked until it is updated', () => {
    const hash = createHash('sha256').update(ROUTE_CHECK_SCRIPT).digest('base64')
    expect(ROUTE_CHECK_HASH).toBe(`'sha256-${hash}'`)
    for (const policy of [CSP_META, CSP_HEADER])
      expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`)
    expect(CSP_HEADER).not.toContain('unsafe-inline')
  })

  /** Runs the route check for a URL's hash: the classes it sets on the document. */
  const check = (hash: string) => {
    const classes = new Set<string>()
    runInNewContext(ROUTE_CHECK_SCRIPT, {
      location: { hash },
      document: { documentElement: { classList: { add: (c: string) => classes.add(c) } } },
    })
    return { routed: classes.has('routed') }
  }

  it('marks every URL but the home page’s, which keeps the prerendered home markup', () => {
    for (const home of ['', '#', '#/', '#/?from=link']) expect(check(home).routed, home).toBe(false)
    for (const other of ['#/result?problem=tone', '#/step/problem', '#/map', '#/guide/rag'])
      expect(check(other).routed, other).toBe(true)
  })
})
