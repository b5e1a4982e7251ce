/** Events of live streams, for other plugins. */
export const LiveStreamEvents = {
  SCHEDULED: "live_stream.scheduled",
  STARTED: "live_stream.started",
  ENDED: "live_stream.ended",
  /** A scheduled stream was called off by its vendor; its key no longer publishes. */
  CANCELLED: "live_stream.cancelled",
  /** The vendor issued a new stream key; the old one no longer publishes. */
  STREAM_KEY_ROTATED: "live_stream.stream_key_rotated",
  /** The encoder left (or the server restarted); the stream waits for it to return. */
  INTERRUPTED: "live_stream.interrupted",
  /** The encoder returned within the grace period; the show goes on. */
  RESUMED: "live_stream.resumed",
  PRODUCT_PINNED: "live_stream.product_pinned",
} as const

/** What every live stream event carries (scheduled, started, cancelled, interrupted, resumed). */
export type LiveStreamEventData = { id: string; vendor_id: string }

/** live_stream.ended: whether a replay was recorded. */
export type LiveStreamEndedData = LiveStreamEventData & { has_replay: boolean }

/** live_stream.stream_key_rotated: the last four characters of the new key (never the key). */
export type LiveStreamKeyRotatedData = LiveStreamEventData & { stream_key_hint: string }

/** live_stream.product_pinned */
export type LiveStreamProductPinnedData = { id: string; product_id: string }
