import type { Bucket, SeriesBucket } from "./types"

const MINUTE = 60_000
const HOUR = 3_600_000
const DAY = 86_400_000

/** Range presets offered by the dashboard. */
export const PRESETS = [
  { value: "today", label: "Today" },
  { value: "7d", label: "7 days" },
  { value: "30d", label: "30 days" },
  { value: "90d", label: "90 days" },
] as const

/** One of the range presets. */
export type Preset = (typeof PRESETS)[number]["value"]

/** A resolved date range with the bucket its chart uses. */
export type Range = { preset: Preset; from: Date; to: Date; bucket: Bucket }

const DAYS: Record<Exclude<Preset, "today">, number> = { "7d": 7, "30d": 30, "90d": 90 }

/** Resolves a preset against the current time: hourly buckets up to 2 days, daily beyond. */
export function rangeFor(preset: Preset): Range {
  const to = new Date()
  let from: Date
  if (preset === "today") {
    const midnight = new Date(to)
    midnight.setHours(0, 0, 0, 0)
    from = new Date(Math.min(midnight.getTime(), to.getTime() - MINUTE))
  } else {
    from = new Date(to.getTime() - DAYS[preset] * DAY)
  }
  return { preset, from, to, bucket: to.getTime() - from.getTime() <= 2 * DAY ? "hour" : "day" }
}

/** The query string shared by every analytics endpoint: range, currency and optional vendor scope. */
export function rangeQuery(range: Range, currency: string, vendorId?: string) {
  const params = new URLSearchParams({ from: range.from.toISOString(), to: range.to.toISOString(), currency })
  if (vendorId) {
    params.set("vendor_id", vendorId)
  }
  return params.toString()
}

/** A chart point: bucket start, summed value and number of raw points. */
export type ChartPoint = { ts: Date; value: number; count: number }

/** Every UTC bucket from the one holding `from` up to `to`, with zeros where the API returned nothing. */
export function fillGaps(series: SeriesBucket[], from: Date, to: Date, bucket: Bucket): ChartPoint[] {
  const width = bucket === "hour" ? HOUR : DAY
  const byTs = new Map(series.map((b) => [new Date(b.ts).getTime(), b]))
  const points: ChartPoint[] = []
  for (let t = Math.floor(from.getTime() / width) * width; t < to.getTime(); t += width) {
    const hit = byTs.get(t)
    points.push({ ts: new Date(t), value: hit?.value ?? 0, count: hit?.count ?? 0 })
  }
  return points
}

/** Labels a bucket start: local date and time for hours, the UTC calendar day for days. */
export const bucketLabel = (ts: Date, bucket: Bucket) =>
  bucket === "hour"
    ? ts.toLocaleString(undefined, { month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" })
    : ts.toLocaleDateString(undefined, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" })
