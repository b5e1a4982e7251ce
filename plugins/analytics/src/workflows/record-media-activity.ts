import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MediaEvents, type MediaEventData } from "@broadcart/core/contracts/media"
import type { TimePoint } from "@broadcart/time-series/types"
import { Entity, Metric } from "../providers/time-series/names"
import { recordPointsStep } from "./steps/record-points"

/** The points each live or video event adds, for the stream or video and its vendor. */
function mediaPoints(name: string, data: MediaEventData, ts: Date): TimePoint[] {
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

export const recordMediaActivityWorkflowId = "record-media-activity"

/** Records viewer counts, chat volume, video views, likes and watch time as the media plugins report them. */
export const recordMediaActivityWorkflow = createWorkflow(recordMediaActivityWorkflowId, (input: { name: string; data: MediaEventData }) => {
  return new WorkflowResponse(recordPointsStep(transform({ input }, ({ input }) => mediaPoints(input.name, input.data, new Date()))))
})
