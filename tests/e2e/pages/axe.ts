import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults, RunOptions } from 'axe-core'

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

type Axe = { run(context: Document, options: RunOptions): Promise<AxeResults> }

/**
 * What axe-core finds wrong on the page as it is now, as short lines a person can act on (rule,
 * impact, where, why). Every rule axe runs by default: WCAG 2.x A and AA and best practices.
 *
 * axe is injected once a document and asked for violations only. @axe-core/playwright's
 * AxeBuilder does the same checks in three to eight times the time (1.1-2.6 s a page against
 * 0.1-0.4 s, measured here): it injects its 500 KB script on every call and finishes every run in
 * a new blank page, a step that exists for cross-origin frames, of which this app has none.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: Axe }
    return (await axe.run(document, { resultTypes: ['violations'] })).violations
  })
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${v.id} (${v.impact ?? 'no impact'}): ${n.target.join(' ')} — ${n.failureSummary ?? ''}`,
    ),
  )
}
