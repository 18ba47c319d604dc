import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  at,
  ASSUMPTION_FIELDS,
  ASSUMPTION_ORDER,
  DEFAULT_ASSUMPTIONS,
  formatAssumptionValue,
} from '../../engine'

// The README documents the share-link keys of the assumptions; links in the wild rely on them.
const readme = readFileSync(resolve(process.cwd(), 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## Assumptions in the URL'))

describe('README: assumptions in the URL', () => {
  it('lists every key, in link order, with its default', () => {
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('| `a.'))
      .map((line) => line.split('|').map((cell) => cell.trim()))
    expect(rows.map((r) => r[1])).toEqual(
      ASSUMPTION_ORDER.map((id) => `\`a.${ASSUMPTION_FIELDS[id].key}\``),
    )
    for (const [i, id] of ASSUMPTION_ORDER.entries()) {
      const field = ASSUMPTION_FIELDS[id]
      expect(at(rows, i)[2]).toBe(field.label)
      const value = formatAssumptionValue(field.get(DEFAULT_ASSUMPTIONS))
      const empty =
        id === 'queriesPerDay'
          ? 'from the volume answer'
          : id === 'cachedInputPricePerM'
            ? 'none'
            : 'the hosted price'
      expect(at(rows, i)[4]).toBe(value ? `\`${value}\`` : empty)
    }
  })
})
