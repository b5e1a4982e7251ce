/** Events of live streams, for other plugins; payloads carry `id` and `vendor_id`. */
export const LiveStreamEvents = {
  SCHEDULED: "live_stream.scheduled",
  STARTED: "live_stream.started",
  ENDED: "live_stream.ended",
  PRODUCT_PINNED: "live_stream.product_pinned",
} as const
