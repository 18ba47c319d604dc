import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts'
import {
  chartHeight,
  formatValue,
  METRIC_INFO,
  type RangeChartData,
  type RangeRow,
} from './chart-data'
import { barBox, LabelledBar, valueAxisProps } from './bar-parts'

interface TickProps {
  x?: number | string
  y?: number | string
  payload?: { value?: unknown; index?: number }
}

const MARGIN = { top: 8, right: 8, bottom: 20, left: 4 }

/**
 * The box's width, followed as it changes. Only the width: the height is the chart's own, so
 * when print CSS squeezes the box the drawing scales as a whole (through the SVG's viewBox)
 * instead of being laid out again with overlapping labels.
 */
function useWidth(box: RefObject<HTMLDivElement | null>): number {
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const el = box.current
    if (!el) return
    // The observer reports the first size as soon as it starts observing.
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width))
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [box])
  return width
}

/**
 * The drawing of one chart: horizontal floating bars from low to high. Recharts lives only in
 * this module, which the result page loads lazily, so the charting library is its own chunk.
 * The plan's bars are hatched, outlined and labelled, so they stand out in black-and-white print.
 */
export default function RangeBarChart({ data }: { data: RangeChartData }) {
  const box = useRef<HTMLDivElement>(null)
  const chartWidth = useWidth(box)
  const patternId = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`
  const kind = METRIC_INFO[data.metric].kind
  const rowsByShort = new Map<unknown, RangeRow>(data.rows.map((r) => [r.short, r]))

  const renderTick = ({ x = 0, y = 0, payload }: TickProps) => {
    const row = rowsByShort.get(payload?.value)
    if (!row) return <g />
    return (
      <text x={Number(x) - 6} y={Number(y)} textAnchor="end" className="fill-current text-xs">
        <tspan x={Number(x) - 6} dy={row.highlighted ? -2 : 4} fontWeight={700}>
          {row.short}
        </tspan>
        {row.highlighted && (
          <tspan x={Number(x) - 6} dy={13} className="text-[10px]">
            your plan
          </tspan>
        )}
      </text>
    )
  }

  const renderBar = (props: BarShapeProps) => {
    const row = props.payload as RangeRow | undefined
    if (!row) return <g />
    const bar = barBox(props)
    // The label sits above the bar from its start, pulled left when it would run off the plot.
    const textWidth = row.barLabel.length * (row.highlighted ? 7.2 : 6.6)
    return (
      <LabelledBar
        {...bar}
        fill={row.highlighted ? `url(#${patternId})` : undefined}
        strokeWidth={row.highlighted ? 2 : 1}
        className={
          row.highlighted
            ? 'stroke-brand-900 dark:stroke-brand-100'
            : 'fill-stone-300 stroke-stone-500 dark:fill-stone-600 dark:stroke-stone-400'
        }
        label={row.barLabel}
        labelX={Math.max(0, Math.min(bar.x, chartWidth - MARGIN.right - textWidth))}
        labelY={props.y - 5}
        labelClassName="fill-current text-[11px]"
        bold={row.highlighted}
      />
    )
  }

  return (
    <div ref={box} className="h-full w-full">
      {chartWidth > 0 && (
        <BarChart
          layout="vertical"
          data={data.rows}
          width={chartWidth}
          height={chartHeight(data)}
          margin={MARGIN}
          barSize={14}
          accessibilityLayer={false}
        >
          <defs>
            <pattern
              id={patternId}
              patternUnits="userSpaceOnUse"
              width={6}
              height={6}
              patternTransform="rotate(45)"
            >
              <rect width={6} height={6} className="fill-brand-100 dark:fill-brand-900" />
              <line x1={0} y1={0} x2={0} y2={6} strokeWidth={3} className="stroke-brand-700" />
            </pattern>
          </defs>
          <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.2} />
          <XAxis {...valueAxisProps(data, (v: number) => formatValue(kind, v), -14)} />
          <YAxis
            type="category"
            dataKey="short"
            width={72}
            tick={renderTick}
            tickLine={false}
            stroke="currentColor"
          />
          <Bar dataKey="bar" isAnimationActive={false} shape={renderBar} />
        </BarChart>
      )}
    </div>
  )
}
