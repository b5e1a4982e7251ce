import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { MediaEvents, type MediaEventData } from "@broadcart/core/contracts/media"
import type { TimePoint } from "@broadcart/time-series/types"
import { Entity, Metric } from "../lib/series"
import { timeSeries } from "../lib/store"

/** The points each live or video event adds, for the stream or video and its vendor. */
function pointsOf(name: string, data: MediaEventData, ts: Date): TimePoint[] {
  const vendor = data.vendor_id ? [Entity.vendor(data.vendor_id)] : []
  switch (name) {
    case MediaEvents.STREAM_VIEWERS_SAMPLED:
      return [{ entity: Entity.stream(data.id), metric: Metric.viewers, ts, value: Number(data.viewers ?? 0) }]
    case MediaEvents.STREAM_CHAT_VOLUME:
      return [Entity.stream(data.id), ...vendor].map((entity) => ({ entity, metric: Metric.chatMessages, ts, value: Number(data.messages ?? 0) }))
    case MediaEvents.VIDEO_VIEWED:
      return [
        ...[Entity.video(data.id), ...vendor].map((entity) => ({ entity, metric: Metric.views, ts, value: 1 })),
        ...(data.watch_seconds ? [{ entity: Entity.video(data.id), metric: Metric.watchSeconds, ts, value: Number(data.watch_seconds) }] : []),
      ]
    case MediaEvents.VIDEO_LIKED:
      return [{ entity: Entity.video(data.id), metric: Metric.likes, ts, value: 1 }]
    default:
      return []
  }
}

/** Records viewer counts, chat volume, video views, likes and watch time as the media plugins report them. */
export default async function recordMediaActivity({ event, container }: SubscriberArgs<MediaEventData>) {
  timeSeries(container).record(pointsOf(event.name, event.data, new Date()))
}

export const config: SubscriberConfig = { event: Object.values(MediaEvents) }
