import { describe, expect, it } from 'vitest'
import { DECISION_MAP, MAP_NODE_IDS } from '../../engine/map/decision-path'
import { edgeLabel, narrowLayout, wideLayout, wrapText, type Box } from './map-layout'

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height

describe.each([
  ['wide', wideLayout()],
  ['narrow', narrowLayout()],
])('the %s layout', (_name, layout) => {
  it('places every node inside the picture, no two boxes overlapping', () => {
    const boxes = MAP_NODE_IDS.map((id) => layout.boxes[id])
    for (const box of boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(layout.width)
      expect(box.y + box.height).toBeLessThanOrEqual(layout.height)
    }
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
  })

  it('shows every title whole, never cut short', () => {
    for (const node of DECISION_MAP) {
      const lines = wrapText(node.title, layout.charsPerLine, layout.maxLines)
      expect(lines.join(' ')).toBe(node.title)
    }
  })

  it('draws one connector into every node but the root', () => {
    expect(layout.connectors.map((c) => c.to).sort()).toEqual(
      MAP_NODE_IDS.filter((id) => id !== 'problem').sort(),
    )
  })
})

describe('wrapText', () => {
  it.each([
    { text: 'What needs to change?', max: 30, lines: ['What needs to change?'] },
    {
      text: 'Small enough to fit in the prompt?',
      max: 20,
      lines: ['Small enough to fit', 'in the prompt?'],
    },
    { text: 'a verylongwordindeed b', max: 5, lines: ['a', 'verylongwordindeed', 'b'] },
    { text: 'one two three four five six', max: 4, lines: ['one', 'two', 'three…'] },
    { text: '  ', max: 10, lines: [] },
  ])('wraps “$text” at $max', ({ text, max, lines }) => {
    expect(wrapText(text, max)).toEqual(lines)
  })
})

describe('edgeLabel', () => {
  it.each([
    ['problem', 'start'],
    ['training-fits', 'if named'],
    ['no-problem', 'if not named yet'],
    ['can-train', 'if yes'],
    ['prompt', 'if no'],
    ['lora-rag', 'if yes'],
  ] as const)('%s → %s', (id, label) => expect(edgeLabel(id)).toBe(label))
})
