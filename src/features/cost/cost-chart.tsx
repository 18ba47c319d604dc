import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  XAxis,
  YAxis,
  type DotItemDotProps,
} from 'recharts'
import { formatUsdShort, type ApproachId } from '../../engine'
import type { CostChartData, LineStyle } from './cost-chart-data'
import { MarkerShape } from './marker-svg'

/**
 * Cumulative cost over the horizon, one line an approach, crossings numbered. Recharts lives only
 * in this module, which the cost section loads lazily: its own chunk, never on the first screen.
 * No tooltip: it would add 7 KB gzip, and the table under the chart gives every value.
 */
export default function CostChart({ data }: { data: CostChartData }) {
  const markerMonths = new Set(data.markerMonths)
  const dot =
    (id: ApproachId, style: LineStyle) =>
    ({ cx, cy, payload }: DotItemDotProps) => {
      const month = (payload as { month?: number } | undefined)?.month
      if (cx == null || cy == null || month === undefined || !markerMonths.has(month))
        return <g key={`${id}-${String(month)}`} />
      return (
        <MarkerShape
          key={`${id}-${month}`}
          marker={style.marker}
          x={cx}
          y={cy}
          color={style.color}
        />
      )
    }

  return (
    <LineChart
      responsive
      data={data.rows}
      style={{ width: '100%', height: '100%' }}
      margin={{ top: 12, right: 16, bottom: 24, left: 8 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="currentColor" strokeOpacity={0.15} />
      <XAxis
        dataKey="month"
        type="number"
        domain={[0, data.horizonMonths]}
        ticks={data.markerMonths}
        tick={{ fill: 'currentColor', fontSize: 11 }}
        stroke="currentColor"
        label={{
          value: 'months from the start',
          position: 'insideBottom',
          offset: -14,
          fill: 'currentColor',
          fontSize: 11,
        }}
      />
      <YAxis
        width={56}
        tickFormatter={(v: number) => formatUsdShort(v)}
        tick={{ fill: 'currentColor', fontSize: 11 }}
        stroke="currentColor"
      />
      {data.lines.map((line) => (
        <Line
          key={line.id}
          dataKey={line.id}
          name={line.name}
          type="linear"
          stroke={line.style.color}
          strokeWidth={line.highlighted ? 3 : 2}
          {...(line.style.dash ? { strokeDasharray: line.style.dash } : {})}
          dot={dot(line.id, line.style)}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      {data.marks.map((mark) => (
        <ReferenceDot
          key={mark.n}
          x={mark.month}
          y={mark.cost}
          r={9}
          fill="var(--cost-bg)"
          stroke="currentColor"
          strokeWidth={1.5}
          label={{ value: String(mark.n), fill: 'currentColor', fontSize: 11, fontWeight: 700 }}
          ifOverflow="extendDomain"
        />
      ))}
    </LineChart>
  )
}
