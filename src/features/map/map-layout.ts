import { DECISION_MAP, mapNode, type MapNodeId } from '../../engine/map/decision-path'
import { at } from '../../engine'

/** Where a node's box sits, in SVG user units. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** One connector between a node and its parent, as SVG path data. */
export interface Connector {
  from: MapNodeId
  to: MapNodeId
  d: string
}

export interface MapLayout {
  width: number
  height: number
  boxes: Record<MapNodeId, Box>
  connectors: Connector[]
  /** Characters a title line holds in this layout, and lines a box holds. */
  charsPerLine: number
  maxLines: number
}

/**
 * Outcomes that leave a check sideways (to the right); every other child continues the trunk
 * downwards. Typed so a renamed node fails to compile here.
 */
const SIDE_EXITS: ReadonlySet<MapNodeId> = new Set<MapNodeId>([
  'no-problem',
  'retrieval',
  'prompt',
  'retrieval-meanwhile',
  'prompt-for-now',
  'full-facts',
  'full-rag',
  'lora-rag',
])

/**
 * Columns and rows of the wide (desktop, paper) layout: a typed table, one cell per node. The
 * trunk (can you train? which kind?) runs down the first column; each "no" leaves sideways.
 */
const GRID: Record<MapNodeId, [col: number, row: number]> = {
  problem: [0, 0],
  'no-problem': [1, 0],
  'training-fits': [0, 1],
  retrieval: [1, 1],
  prompt: [2, 1],
  rag: [1, 2],
  'can-train': [0, 3],
  'retrieval-meanwhile': [1, 3],
  'prompt-for-now': [2, 3],
  'rag-for-now': [1, 4],
  'full-upgrade': [0, 5],
  'full-facts': [1, 5],
  'full-rag': [2, 5],
  full: [1, 6],
  'lora-facts': [0, 7],
  'lora-rag': [1, 7],
  lora: [0, 8],
}

const MARGIN = 8

/** Five columns of boxes, the behaviour branch running down its own column: for wide screens. */
export function wideLayout(): MapLayout {
  const width = 156
  const height = 78
  const colStep = 172
  const rowStep = 100
  const boxes = {} as Record<MapNodeId, Box>
  for (const node of DECISION_MAP) {
    const [col, row] = GRID[node.id]
    boxes[node.id] = { x: MARGIN + col * colStep, y: MARGIN + row * rowStep, width, height }
  }
  const connectors: Connector[] = []
  for (const node of DECISION_MAP) {
    if (!node.parent) continue
    const p = boxes[node.parent]
    const c = boxes[node.id]
    let d: string
    if (SIDE_EXITS.has(node.id)) {
      d = `M${p.x + p.width} ${p.y + p.height / 2}H${c.x}`
    } else if (p.x === c.x) {
      d = `M${p.x + p.width / 2} ${p.y + p.height}V${c.y}`
    } else {
      const midY = (p.y + p.height + c.y) / 2
      d = `M${p.x + p.width / 2} ${p.y + p.height}V${midY}H${c.x + c.width / 2}V${c.y}`
    }
    connectors.push({ from: node.parent, to: node.id, d })
  }
  const cols = Math.max(...Object.values(GRID).map(([col]) => col)) + 1
  const rows = Math.max(...Object.values(GRID).map(([, row]) => row)) + 1
  return {
    width: MARGIN * 2 + (cols - 1) * colStep + width,
    height: MARGIN * 2 + (rows - 1) * rowStep + height,
    boxes,
    connectors,
    charsPerLine: 18,
    maxLines: 3,
  }
}

/**
 * One column, each node on its own row, indented one step for a branch or a sideways exit: for
 * phones, where the wide layout would need a magnifying glass.
 */
export function narrowLayout(): MapLayout {
  const total = 344
  const indent = 20
  const height = 56
  const gap = 12
  const spine = 10
  const level = {} as Record<MapNodeId, number>
  const boxes = {} as Record<MapNodeId, Box>
  let y = MARGIN
  const place = (id: MapNodeId, lvl: number) => {
    level[id] = lvl
    const x = MARGIN + lvl * indent
    boxes[id] = { x, y, width: total - MARGIN - x, height }
    y += height + gap
    const children = DECISION_MAP.filter((n) => n.parent === id)
    // Sideways exits first, so the trunk carries on below them.
    const ordered = [
      ...children.filter((c) => SIDE_EXITS.has(c.id)),
      ...children.filter((c) => !SIDE_EXITS.has(c.id)),
    ]
    for (const child of ordered) {
      place(child.id, SIDE_EXITS.has(child.id) ? lvl + 1 : lvl)
    }
  }
  place('problem', 0)
  const connectors: Connector[] = []
  for (const node of DECISION_MAP) {
    if (!node.parent) continue
    const p = boxes[node.parent]
    const c = boxes[node.id]
    const x = p.x + spine
    const d =
      level[node.id] === level[node.parent]
        ? `M${x} ${p.y + p.height}V${c.y}`
        : `M${x} ${p.y + p.height}V${c.y + c.height / 2}H${c.x}`
    connectors.push({ from: node.parent, to: node.id, d })
  }
  return {
    width: total,
    height: y - gap + MARGIN,
    boxes,
    connectors,
    charsPerLine: 36,
    maxLines: 2,
  }
}

/**
 * Breaks a title into lines of at most `max` characters, at spaces (a longer word gets a line
 * of its own), keeping at most `maxLines` lines and marking a cut with '…'.
 * @example wrapText('Small enough to fit in the prompt?', 20) // ['Small enough to fit', 'in the prompt?']
 */
export function wrapText(text: string, max: number, maxLines = 3): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line)
      line = word
    } else {
      line = line ? `${line} ${word}` : word
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = `${at(kept, maxLines - 1).replace(/[\s.,;:]*$/, '')}…`
  return kept
}

/** The small label above a node's title: how its parent leads to it. */
export function edgeLabel(id: MapNodeId): string {
  const node = mapNode(id)
  if (!node.parent) return 'start'
  return node.edge ? `if ${node.edge}` : node.kind === 'outcome' ? 'then' : 'check'
}
