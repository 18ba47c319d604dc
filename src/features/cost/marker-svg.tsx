import type { LineStyle } from './cost-chart-data'

/** A line's marker at (x, y), in its own shape so lines can be told apart without colour. */
export function MarkerShape({
  marker,
  x,
  y,
  color,
  size = 4,
}: {
  marker: LineStyle['marker']
  x: number
  y: number
  color: string
  size?: number
}) {
  const common = { stroke: color, strokeWidth: 1.5, fill: 'var(--cost-bg)' }
  switch (marker) {
    case 'circle':
      return <circle cx={x} cy={y} r={size} {...common} />
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />
    case 'triangle':
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y + size} ${x - size - 1},${y + size}`}
          {...common}
        />
      )
    case 'diamond':
      return (
        <polygon
          points={`${x},${y - size - 1} ${x + size + 1},${y} ${x},${y + size + 1} ${x - size - 1},${y}`}
          {...common}
        />
      )
  }
}

/** A short sample of a chart line with its marker, for the legend (drawn without recharts). */
export function MarkerSvg({ style, highlighted }: { style: LineStyle; highlighted: boolean }) {
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" className="shrink-0">
      <line
        x1={0}
        y1={6}
        x2={36}
        y2={6}
        stroke={style.color}
        strokeWidth={highlighted ? 3 : 2}
        strokeDasharray={style.dash || undefined}
      />
      <MarkerShape marker={style.marker} x={18} y={6} color={style.color} />
    </svg>
  )
}
