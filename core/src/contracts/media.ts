/**
 * Events the live-streaming and short-video plugins emit for analytics. Each payload carries
 * `id` (the stream or video) and `vendor_id`; the rest is named per event.
 */
export const MediaEvents = {
  /** `{ id, vendor_id, viewers }`: current viewers, sampled a few times a minute. */
  STREAM_VIEWERS_SAMPLED: "live_stream.viewers_sampled",
  /** `{ id, vendor_id, messages }`: chat messages sent since the last report. */
  STREAM_CHAT_VOLUME: "live_stream.chat_volume",
  /** `{ id, vendor_id, watch_seconds? }`: one view of a video. */
  VIDEO_VIEWED: "video.viewed",
  /** `{ id, vendor_id }` */
  VIDEO_LIKED: "video.liked",
} as const

export type MediaEventData = { id: string; vendor_id: string | null; [field: string]: unknown }
