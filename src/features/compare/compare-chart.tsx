import { Bar, BarChart, CartesianGrid, XAxis, YAxis, type BarShapeProps } from 'recharts'
import { barBox, LabelledBar, valueAxisProps } from '../../components/charts/bar-parts'
import type { ScenarioLetter } from './compare-link'
import { CHART_BAR, compareChartHeight, SCENARIO_STYLE } from './scenario-style'
import { formatTick, type CompareChartData, type CompareRow } from './compare-chart-data'

/**
 * The combined chart: horizontal floating bars (low to high), one per scenario in each
 * approach's band. Lives in the compare route's lazy chunk, with recharts.
 */
export default function CompareChart({ data }: { data: CompareChartData }) {
  const shape = (letter: ScenarioLetter) =>
    function ScenarioBar(props: BarShapeProps) {
      const row = props.payload as CompareRow | undefined
      const cell = row?.cells[letter]
      if (!cell) return <g />
      const bar = barBox(props)
      const view = props.parentViewBox
      const text = `${letter.toUpperCase()}${cell.inPlan ? ' (plan)' : ''}: ${cell.barLabel}`
      // The label starts at the bar, pulled left when it would run past the plot's right edge.
      const labelX = Math.max(
        4,
        Math.min(bar.x, view.x + view.width - 24 - text.length * (cell.inPlan ? 7 : 6.2)),
      )
      return (
        <LabelledBar
          {...bar}
          strokeWidth={cell.inPlan ? 2 : 0.75}
          className={SCENARIO_STYLE[letter].bar}
          label={text}
          labelX={labelX}
          labelY={props.y - 3}
          labelClassName="fill-current text-[10.5px]"
          bold={cell.inPlan}
        />
      )
    }

  return (
    <BarChart
      layout="vertical"
      data={data.rows}
      responsive
      style={{ width: '100%', height: compareChartHeight(data.rows.length, data.scenarios.length) }}
      margin={{ top: 12, right: 16, bottom: 22, left: 4 }}
      barSize={CHART_BAR}
      barGap={14}
      accessibilityLayer={false}
    >
      <CartesianGrid horizontal={false} stroke="currentColor" strokeOpacity={0.2} />
      <XAxis {...valueAxisProps(data, (v: number) => formatTick(data.metric, v), -16)} />
      <YAxis
        type="category"
        dataKey="short"
        width={60}
        tick={{ fill: 'currentColor', fontSize: 12, fontWeight: 700 }}
        tickLine={false}
        stroke="currentColor"
      />
      {data.scenarios.map((s) => (
        <Bar
          key={s.letter}
          dataKey={s.letter}
          name={s.name}
          isAnimationActive={false}
          shape={shape(s.letter)}
        />
      ))}
    </BarChart>
  )
}
