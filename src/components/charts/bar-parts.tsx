import type { SVGProps } from 'react'

/** A bar's rectangle, as recharts hands it to a bar's shape. */
export interface BarRect {
  x: number
  y: number
  width: number
  height: number
}

/** Where a bar is drawn: at least 3 px wide, so a range too narrow to see still shows. */
export function barBox({ x, y, width, height }: BarRect): BarRect {
  return width < 3 ? { x: x - (3 - width) / 2, y, width: 3, height } : { x, y, width, height }
}

/** One floating bar of a range chart with its label above it; bold when it is in the plan. */
export function LabelledBar({
  x,
  y,
  width,
  height,
  label,
  labelX,
  labelY,
  labelClassName,
  bold,
  ...rect
}: BarRect & {
  label: string
  labelX: number
  labelY: number
  labelClassName: string
  bold: boolean
} & Pick<SVGProps<SVGRectElement>, 'fill' | 'strokeWidth' | 'className'>) {
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} rx={2} {...rect} />
      <text x={labelX} y={labelY} className={labelClassName} fontWeight={bold ? 700 : 400}>
        {label}
      </text>
    </g>
  )
}

/** What a value axis needs to know of its chart. */
export interface ValueScale {
  unit: string
  scale: 'linear' | 'log'
  domain: [number, number]
  ticks: number[]
}

/**
 * The props of a floating-bar chart's value axis (spread onto recharts' `XAxis`): the chart's
 * scale and ticks, labelled with its unit, and "(log scale)" when it is one.
 */
export function valueAxisProps(
  data: ValueScale,
  tickFormatter: (v: number) => string,
  labelOffset: number,
) {
  return {
    type: 'number',
    scale: data.scale,
    domain: data.domain,
    ticks: data.ticks,
    allowDataOverflow: true,
    tickFormatter,
    tick: { fill: 'currentColor', fontSize: 11 },
    stroke: 'currentColor',
    label: {
      value: `${data.unit}${data.scale === 'log' ? ' (log scale)' : ''}`,
      position: 'insideBottom',
      offset: labelOffset,
      fill: 'currentColor',
      fontSize: 11,
    },
  } as const
}
