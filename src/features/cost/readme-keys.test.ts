import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ASSUMPTION_FIELDS,
  ASSUMPTION_ORDER,
  DEFAULT_ASSUMPTIONS,
  formatAssumptionValue,
} from '../../engine'

// The README documents the share-link keys of the assumptions; links in the wild rely on them.
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
const section = readme.slice(readme.indexOf('## Assumptions in the URL'))

describe('README: assumptions in the URL', () => {
  it('lists every key, in link order, with its default', () => {
    const rows = [...section.matchAll(/^\| `a\.([a-z]+)` \| (.+?) \| .+? \| (.+?) \|$/gm)]
    expect(rows.map((r) => r[1])).toEqual(ASSUMPTION_ORDER.map((id) => ASSUMPTION_FIELDS[id].key))
    for (const [i, id] of ASSUMPTION_ORDER.entries()) {
      const field = ASSUMPTION_FIELDS[id]
      expect(rows[i]![2]).toBe(field.label)
      const value = formatAssumptionValue(field.get(DEFAULT_ASSUMPTIONS))
      expect(rows[i]![3]).toBe(value ? `\`${value}\`` : 'from the volume answer')
    }
  })
})
