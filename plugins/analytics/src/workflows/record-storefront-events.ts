import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { TimePoint } from "@broadcart/time-series/types"
import { Entity, Metric } from "../providers/time-series/names"
import { recordPointsStep } from "./steps/record-points"

export type StorefrontEvent = {
  type: "product_view" | "add_to_cart" | "stream_view"
  product_id?: string
  stream_id?: string
  video_id?: string
  /** When the client saw it; a string once the workflow engine has carried it. */
  ts?: Date | string
}

/** A client's clock is trusted only within the last hour; otherwise the server's time is used. */
function eventTime(sent: Date | string | undefined, now: Date) {
  const ts = sent === undefined ? undefined : new Date(sent)
  return ts && ts.getTime() <= now.getTime() && now.getTime() - ts.getTime() < 3_600_000 ? ts : now
}

/** What one storefront event counts toward. */
function storefrontPoints(e: StorefrontEvent, now: Date): TimePoint[] {
  const ts = eventTime(e.ts, now)
  const from = e.stream_id ? Entity.stream(e.stream_id) : e.video_id ? Entity.video(e.video_id) : null
  switch (e.type) {
    case "stream_view":
      return [{ entity: Entity.stream(e.stream_id!), metric: Metric.views, ts, value: 1 }]
    case "product_view":
      return [{ entity: Entity.product(e.product_id!), metric: Metric.views, ts, value: 1 }]
    case "add_to_cart":
      return [
        { entity: Entity.product(e.product_id!), metric: Metric.addToCart, ts, value: 1 },
        ...(from ? [{ entity: from, metric: Metric.addToCart, ts, value: 1 }] : []),
      ]
  }
}

export const recordStorefrontEventsWorkflowId = "record-storefront-events"

/** Records storefront events (product views, add-to-cart, stream views) as the client batched them. */
export const recordStorefrontEventsWorkflow = createWorkflow(recordStorefrontEventsWorkflowId, (input: { events: StorefrontEvent[]; received_at: number }) => {
  const points = transform({ input }, ({ input }) => input.events.flatMap((e) => storefrontPoints(e, new Date(input.received_at))))
  return new WorkflowResponse(recordPointsStep(points))
})
