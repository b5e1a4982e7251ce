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
  /**
   * Identity of the point (e.g. `order_1:gmv`): writing a point with the same id again, as a retry
   * does, leaves one point. Without it, the point's content is its identity.
   */
  id?: string
}

export type RangeQuery = { entity: string; metric: string; from: Date; to: Date }

export type SeriesQuery = RangeQuery & { bucket: Bucket }

/** One bucket of a series: the bucket's start and the sum, count and max of its points. */
export type SeriesPoint = { ts: Date; sum: number; count: number; max: number }

/**
 * An increment of a counter. `id` names the increment (e.g. the event that caused it): an increment
 * is applied once per id, however often it is written. Without it, every write applies.
 */
export type CounterDelta = { entity: string; name: string; by: number; id?: string }

/** An item of a feed (e.g. a chat message of a stream), kept for a limited time. */
export type FeedItem = { feed: string; id: string; ts: Date; data: Record<string, unknown> }

/** What both backends provide; the module service adds buffering on top. */
export interface TimeSeriesBackend {
  readonly name: "postgres" | "cassandra"
  /** Connects and applies schema migrations; may be called again after a failure. */
  init(): Promise<void>
  /** Idempotent: a point written again (same id) is stored once. */
  append(points: TimePoint[]): Promise<void>
  points(query: RangeQuery): Promise<TimePoint[]>
  /** Minute buckets come from raw points; hour and day buckets from roll-ups. */
  series(query: SeriesQuery): Promise<SeriesPoint[]>
  /** Aggregates raw points between `from` and `to` into hour and day roll-ups (idempotent). */
  rollup(from: Date, to: Date): Promise<number>
  /** Idempotent per delta id, also when a batch failed part-way and is written again. */
  increment(deltas: CounterDelta[]): Promise<void>
  /** A named point in time kept by the store (e.g. how far roll-ups are done), or null if never set. */
  mark(name: string): Promise<Date | null>
  setMark(name: string, at: Date): Promise<void>
  counters(entity: string): Promise<Record<string, number>>
  pushFeed(items: FeedItem[]): Promise<void>
  /** Newest first. */
  recent(feed: string, limit: number): Promise<FeedItem[]>
  close(): Promise<void>
  /** Whether an error means the store cannot be reached now (down, timing out), not a fault of the request. */
  unavailable(error: unknown): boolean
}
