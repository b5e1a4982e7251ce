import type { Bucket, SeriesPoint, TimePoint } from "./types"

const MS: Record<Bucket, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 }

/** Start of the UTC bucket holding `ts`. */
export function bucketStart(ts: Date, bucket: Bucket): Date {
  return new Date(Math.floor(ts.getTime() / MS[bucket]) * MS[bucket])
}

/** End (exclusive) of the UTC bucket holding `ts`, or `ts` itself when it starts a bucket. */
export function bucketEnd(ts: Date, bucket: Bucket): Date {
  return new Date(Math.ceil(ts.getTime() / MS[bucket]) * MS[bucket])
}

/** The UTC days from `from` to `to`, as YYYY-MM-DD, oldest first. */
export function daysBetween(from: Date, to: Date): string[] {
  const days: string[] = []
  for (let t = bucketStart(from, "day").getTime(); t <= to.getTime(); t += MS.day) {
    days.push(new Date(t).toISOString().slice(0, 10))
  }
  return days
}

/** The UTC hour starts from `from` to `to`. */
export function hoursBetween(from: Date, to: Date): Date[] {
  const hours: Date[] = []
  for (let t = bucketStart(from, "hour").getTime(); t <= to.getTime(); t += MS.hour) {
    hours.push(new Date(t))
  }
  return hours
}

/** Sums raw points into buckets, oldest first. */
export function aggregate(points: TimePoint[], bucket: Bucket): SeriesPoint[] {
  const byStart = new Map<number, SeriesPoint>()
  for (const p of points) {
    const start = bucketStart(p.ts, bucket).getTime()
    const agg = byStart.get(start) ?? { ts: new Date(start), sum: 0, count: 0, max: -Infinity }
    agg.sum += p.value
    agg.count += 1
    agg.max = Math.max(agg.max, p.value)
    byStart.set(start, agg)
  }
  return [...byStart.values()].sort((a, b) => a.ts.getTime() - b.ts.getTime())
}

/** Groups items by a key, keeping order within each group. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const group = groups.get(k)
    group ? group.push(item) : groups.set(k, [item])
  }
  return groups
}

/** Runs `task` over `items` with at most `limit` in flight. */
export async function inParallel<T>(items: T[], limit: number, task: (item: T) => Promise<unknown>) {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      await task(items[next++])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
