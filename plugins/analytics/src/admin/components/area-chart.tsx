import { Text } from "@medusajs/ui"
import { useState } from "react"
import { bucketLabel, type ChartPoint } from "../lib/range"
import type { Bucket } from "../lib/types"

const W = 760
const H = 240
const PAD = { left: 72, right: 16, top: 16, bottom: 32 }
const LINE = { stroke: "var(--fg-interactive)" }
const AREA = { fill: "var(--fg-interactive)", fillOpacity: 0.12 }
const GRID = { stroke: "var(--border-base)" }
const LABEL = { fill: "var(--fg-muted)", fontSize: 11 }

/** An inline-SVG area chart of one series, scaled to its container's width, with a hover tooltip per bucket. */
export const AreaChart = ({ points, bucket, format, label }: { points: ChartPoint[]; bucket: Bucket; format: (n: number) => string; label: string }) => {
  const [hover, setHover] = useState<number | null>(null)
  if (!points.length) {
    return (
      <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
        No data in this range.
      </Text>
    )
  }
  const values = points.map((p) => p.value)
  const max = Math.max(0, ...values)
  const min = Math.min(0, ...values)
  const span = max - min || 1
  const innerW = W - PAD.left - PAD.right
  const innerH = H - PAD.top - PAD.bottom
  const step = innerW / Math.max(points.length - 1, 1)
  const x = (i: number) => PAD.left + (points.length === 1 ? innerW / 2 : i * step)
  const y = (v: number) => PAD.top + (1 - (v - min) / span) * innerH
  const line = points.map((p, i) => `${i ? "L" : "M"}${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ")
  const area = `${line} L${x(points.length - 1).toFixed(1)},${y(0)} L${x(0).toFixed(1)},${y(0)} Z`
  const last = points.length - 1
  const hovered = hover == null ? null : points[hover]

  return (
    <div className="relative px-6 py-4" onMouseLeave={() => setHover(null)}>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`${label} over time`}>
        {[max, min].map((v, i) => (
          <g key={i}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} style={GRID} strokeDasharray="4 4" />
            <text x={PAD.left - 8} y={y(v)} dy="0.35em" textAnchor="end" style={LABEL}>
              {format(v)}
            </text>
          </g>
        ))}
        <text x={x(0)} y={H - 8} textAnchor={points.length === 1 ? "middle" : "start"} style={LABEL}>
          {bucketLabel(points[0].ts, bucket)}
        </text>
        {last > 0 && (
          <text x={x(last)} y={H - 8} textAnchor="end" style={LABEL}>
            {bucketLabel(points[last].ts, bucket)}
          </text>
        )}
        <path d={area} style={AREA} />
        <path d={line} fill="none" style={LINE} strokeWidth={2} strokeLinejoin="round" strokeLinecap="round" />
        {hovered && hover != null && (
          <g pointerEvents="none">
            <line x1={x(hover)} x2={x(hover)} y1={PAD.top} y2={PAD.top + innerH} style={GRID} />
            <circle cx={x(hover)} cy={y(hovered.value)} r={4} style={{ fill: "var(--fg-interactive)" }} />
          </g>
        )}
        {points.map((p, i) => (
          <rect key={i} x={x(i) - step / 2} y={PAD.top} width={step} height={innerH} fill="transparent" onMouseEnter={() => setHover(i)}>
            <title>{`${bucketLabel(p.ts, bucket)}: ${format(p.value)}`}</title>
          </rect>
        ))}
      </svg>
      {hovered && hover != null && (
        <div
          className="pointer-events-none absolute top-2 rounded-md border bg-ui-bg-base px-2 py-1 shadow-elevation-tooltip"
          style={{ left: `calc(1.5rem + (100% - 3rem) * ${x(hover) / W})`, transform: `translateX(-${Math.round((x(hover) / W) * 100)}%)` }}
        >
          <Text size="xsmall" className="text-ui-fg-subtle">
            {bucketLabel(hovered.ts, bucket)}
          </Text>
          <Text size="small" weight="plus">
            {format(hovered.value)}
          </Text>
        </div>
      )}
    </div>
  )
}
