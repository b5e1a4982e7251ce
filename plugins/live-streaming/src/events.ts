/** Events of live streams, for other plugins; payloads carry `id` and `vendor_id`. */
export const LiveStreamEvents = {
  SCHEDULED: "live_stream.scheduled",
  STARTED: "live_stream.started",
  ENDED: "live_stream.ended",
  /** The encoder left (or the server restarted); the stream waits for it to return. */
  INTERRUPTED: "live_stream.interrupted",
  /** The encoder returned within the grace period; the show goes on. */
  RESUMED: "live_stream.resumed",
  PRODUCT_PINNED: "live_stream.product_pinned",
} as const
