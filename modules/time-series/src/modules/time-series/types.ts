/** Width of a series bucket. */
export type Bucket = "minute" | "hour" | "day"

/** One measurement: `value` of `metric` for `entity` (e.g. vendor:vend_1 / gmv) at `ts`. */
export type TimePoint = {
  entity: string
  metric: string
  ts: Date
  value: number
  /** Small labels to break a metric down by (e.g. product_id); not indexed. */
  dims?: Record<string, string>
}

export type RangeQuery = { entity: string; metric: string; from: Date; to: Date }

export type SeriesQuery = RangeQuery & { bucket: Bucket }

/** One bucket of a series: the bucket's start and the sum, count and max of its points. */
export type SeriesPoint = { ts: Date; sum: number; count: number; max: number }

export type CounterDelta = { entity: string; name: string; by: number }

/** An item of a feed (e.g. a chat message of a stream), kept for a limited time. */
export type FeedItem = { feed: string; id: string; ts: Date; data: Record<string, unknown> }

/** What both backends provide; the module service adds buffering on top. */
export interface TimeSeriesBackend {
  readonly name: "postgres" | "cassandra"
  /** Connects and applies schema migrations; may be called again after a failure. */
  init(): Promise<void>
  append(points: TimePoint[]): Promise<void>
  points(query: RangeQuery): Promise<TimePoint[]>
  /** Minute buckets come from raw points; hour and day buckets from roll-ups. */
  series(query: SeriesQuery): Promise<SeriesPoint[]>
  /** Aggregates raw points between `from` and `to` into hour and day roll-ups (idempotent). */
  rollup(from: Date, to: Date): Promise<number>
  increment(deltas: CounterDelta[]): Promise<void>
  counters(entity: string): Promise<Record<string, number>>
  pushFeed(items: FeedItem[]): Promise<void>
  /** Newest first. */
  recent(feed: string, limit: number): Promise<FeedItem[]>
  close(): Promise<void>
}
