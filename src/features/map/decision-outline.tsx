import { Link } from 'react-router'
import { questionLabel, type QuestionKey } from '../../engine'
import {
  mapChildren,
  mapNode,
  type DecisionPath,
  type MapNodeId,
} from '../../engine/map/decision-path'
import { nodeState } from './decision-map-diagram'

export interface DecisionOutlineProps {
  path: DecisionPath
  /** The router path (no '#') of the question for an answer key. */
  questionTo: (key: QuestionKey) => string
}

/** The whole map as a nested list: the accessible, printable and phone-friendly twin of the SVG. */
export function DecisionOutline({ path, questionTo }: DecisionOutlineProps) {
  return (
    <ul className="space-y-2" data-testid="map-outline">
      <OutlineItem id="problem" path={path} questionTo={questionTo} />
    </ul>
  )
}

function OutlineItem({ id, path, questionTo }: DecisionOutlineProps & { id: MapNodeId }) {
  const node = mapNode(id)
  const state = nodeState(path, id)
  const children = mapChildren(id)
  const edge = node.edge ? `If ${node.edge}: ` : ''
  return (
    <li data-node={id} data-on-path={state.onPath} data-end={state.end}>
      <div
        className={`rounded-md border-l-4 py-1 pl-3 ${
          state.onPath
            ? 'border-brand-700 bg-brand-50/60 dark:border-brand-100 dark:bg-brand-900/40'
            : 'border-dashed border-stone-300 dark:border-stone-700'
        }`}
      >
        <p>
          <span className="text-stone-600 dark:text-stone-400">{edge}</span>
          <span className={state.onPath ? 'font-semibold' : ''}>{node.title}</span>
          {state.end && (
            <span className="ml-2 text-sm font-semibold text-brand-800 dark:text-brand-100">
              ★ your result
            </span>
          )}
          {!state.end && state.onPath && (
            <span className="ml-2 text-sm font-medium text-brand-800 dark:text-brand-100">
              {state.unanswered ? '? on your path, not answered' : '✓ on your path'}
            </span>
          )}
        </p>
        <p className="text-sm text-stone-700 dark:text-stone-300">{node.detail}</p>
        <p className="text-sm">
          <span className="text-stone-600 dark:text-stone-400">Decided by: </span>
          {node.keys.map((key, i) => (
            <span key={key}>
              {i > 0 && ', '}
              <Link
                to={questionTo(key)}
                className="text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-100"
              >
                {questionLabel(key).toLowerCase()}
              </Link>
            </span>
          ))}
        </p>
      </div>
      {children.length > 0 && (
        <ul className="mt-2 space-y-2 border-l border-stone-200 pl-4 dark:border-stone-800">
          {children.map((c) => (
            <OutlineItem key={c.id} id={c.id} path={path} questionTo={questionTo} />
          ))}
        </ul>
      )}
    </li>
  )
}
