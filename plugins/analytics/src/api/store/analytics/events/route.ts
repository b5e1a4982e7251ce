import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { TimePoint } from "@broadcart/time-series/types"
import { Entity, Metric } from "../../../../lib/series"
import { timeSeries } from "../../../../lib/store"

type StorefrontEvent = { type: "product_view" | "add_to_cart" | "stream_view"; product_id?: string; stream_id?: string; video_id?: string; ts?: Date }

/** A client's clock is trusted only within the last hour; otherwise the server's time is used. */
function when(ts: Date | undefined, now: Date) {
  return ts && ts.getTime() <= now.getTime() && now.getTime() - ts.getTime() < 3_600_000 ? ts : now
}

/** What one storefront event counts toward. */
function pointsOf(e: StorefrontEvent, now: Date): TimePoint[] {
  const ts = when(e.ts, now)
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

/**
 * Storefront events (product views, add-to-cart, stream views), batched by the client. They are
 * queued for the time-series store and answered at once: 202 with how many were accepted.
 */
export async function POST(req: MedusaRequest<{ events: StorefrontEvent[] }>, res: MedusaResponse) {
  const now = new Date()
  const { events } = req.validatedBody
  timeSeries(req.scope).record(events.flatMap((e) => pointsOf(e, now)))
  res.status(202).json({ accepted: events.length })
}
