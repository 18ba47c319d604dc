import { useId } from 'react'
import {
  DECISION_MAP,
  mapNode,
  type DecisionPath,
  type MapNodeId,
} from '../../engine/map/decision-path'
import {
  edgeLabel,
  narrowLayout,
  wideLayout,
  wrapText,
  type Connector,
  type MapLayout,
} from './map-layout'
import { at } from '../../engine'

/** The layouts never change: computed once. */
const WIDE = wideLayout()
const NARROW = narrowLayout()

export interface DecisionMapDiagramProps {
  path: DecisionPath
  /** Opens the question that decides a node (pointer users; the outline has the same links). */
  onOpenQuestion: (id: MapNodeId) => void
}

/** The state of one node for this user, drawn with more than colour: outline width, a mark, words. */
export function nodeState(path: DecisionPath, id: MapNodeId) {
  const onPath = path.nodes.includes(id)
  const end = path.end === id
  const unanswered = path.steps.some((s) => s.node === id && !s.answered)
  return { onPath, end, unanswered }
}

const onPath = (path: DecisionPath, c: Connector) =>
  path.nodes.includes(c.from) && path.nodes.includes(c.to) ? 1 : 0

export function pathSummary(path: DecisionPath): string {
  return path.nodes.map((id) => mapNode(id).title).join(' → ')
}

/**
 * The decision map as SVG: a wide layout for desktops and paper, one column for phones. Both
 * are images with a title and description; the text outline beside them carries the links.
 */
export function DecisionMapDiagram({ path, onOpenQuestion }: DecisionMapDiagramProps) {
  return (
    <>
      <div className="hidden md:block print:block">
        <MapSvg layout={WIDE} path={path} onOpenQuestion={onOpenQuestion} variant="wide" />
      </div>
      <div className="md:hidden print:hidden">
        <MapSvg layout={NARROW} path={path} onOpenQuestion={onOpenQuestion} variant="narrow" />
      </div>
    </>
  )
}

function MapSvg({
  layout,
  path,
  onOpenQuestion,
  variant,
}: DecisionMapDiagramProps & { layout: MapLayout; variant: 'wide' | 'narrow' }) {
  const id = useId()
  const titleId = `${id}-title`
  const descId = `${id}-desc`
  const endTitle = mapNode(path.end).title
  return (
    <svg
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="h-auto w-full"
      data-testid={`decision-map-${variant}`}
    >
      <title id={titleId}>Decision map: prompt engineering, RAG or fine-tuning</title>
      <desc id={descId}>
        {`Your path: ${pathSummary(path)}. It ends at “${endTitle}”. The same map follows as a list, with a link to the question behind every step.`}
      </desc>
      <g fill="none">
        {/* Off-path connectors first, so the path is drawn over the lines it shares with them. */}
        {[...layout.connectors]
          .sort((x, y) => onPath(path, x) - onPath(path, y))
          .map((c) => {
            const on = onPath(path, c) === 1
            return (
              <path
                key={c.to}
                d={c.d}
                data-edge={c.to}
                data-on-path={on}
                strokeWidth={on ? 3.5 : 1.5}
                strokeDasharray={on ? undefined : '5 4'}
                className={
                  on
                    ? 'stroke-brand-700 dark:stroke-brand-100 print:stroke-black'
                    : 'stroke-stone-400 dark:stroke-stone-500 print:stroke-stone-500'
                }
              />
            )
          })}
      </g>
      {DECISION_MAP.map((node) => {
        const box = layout.boxes[node.id]
        const state = nodeState(path, node.id)
        const lines = wrapText(node.title, layout.charsPerLine, layout.maxLines)
        const mark = state.end
          ? '★ your result'
          : state.unanswered
            ? '? not answered'
            : state.onPath
              ? '✓ your path'
              : ''
        const key = at(node.keys, 0)
        return (
          <g
            key={node.id}
            data-node={node.id}
            data-on-path={state.onPath}
            data-end={state.end}
            className="cursor-pointer"
            onClick={() => onOpenQuestion(node.id)}
          >
            <title>{`${node.title} (open the question “${key}”)`}</title>
            {state.end && (
              <rect
                x={box.x - 4}
                y={box.y - 4}
                width={box.width + 8}
                height={box.height + 8}
                rx={12}
                fill="none"
                strokeWidth={2}
                className="stroke-brand-700 dark:stroke-brand-100 print:stroke-black"
              />
            )}
            <rect
              x={box.x}
              y={box.y}
              width={box.width}
              height={box.height}
              rx={node.kind === 'outcome' ? 10 : 4}
              strokeWidth={state.onPath ? 3 : 1.25}
              strokeDasharray={state.onPath ? undefined : '4 3'}
              className={
                state.onPath
                  ? 'fill-brand-50 stroke-brand-700 dark:fill-brand-900 dark:stroke-brand-100 print:fill-white print:stroke-black'
                  : 'fill-white stroke-stone-400 dark:fill-stone-900 dark:stroke-stone-500 print:fill-white print:stroke-stone-500'
              }
            />
            <text
              x={box.x + 8}
              y={box.y + 15}
              fontSize={10}
              className="fill-stone-600 uppercase dark:fill-stone-300 print:fill-black"
              letterSpacing={0.4}
            >
              {edgeLabel(node.id)}
            </text>
            {mark && (
              <text
                x={box.x + box.width - 8}
                y={box.y + 15}
                fontSize={10}
                fontWeight={700}
                textAnchor="end"
                className="fill-brand-800 dark:fill-brand-100 print:fill-black"
              >
                {mark}
              </text>
            )}
            <text
              x={box.x + 8}
              y={box.y + 32}
              fontSize={12.5}
              fontWeight={state.onPath ? 700 : 400}
              className={
                state.onPath
                  ? 'fill-stone-900 dark:fill-white print:fill-black'
                  : 'fill-stone-700 dark:fill-stone-300 print:fill-black'
              }
            >
              {lines.map((line, i) => (
                <tspan key={i} x={box.x + 8} dy={i === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
