import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordStorefrontEventsWorkflow, type StorefrontEvent } from "../../../../workflows/record-storefront-events"

/**
 * Storefront events (product views, add-to-cart, stream views), batched by the client. They are
 * queued for the time-series store and answered at once: 202 with how many were accepted.
 */
export async function POST(req: MedusaRequest<{ events: StorefrontEvent[] }>, res: MedusaResponse) {
  const { events } = req.validatedBody
  await recordStorefrontEventsWorkflow(req.scope).run({ input: { events, received_at: Date.now() } })
  res.status(202).json({ accepted: events.length })
}
