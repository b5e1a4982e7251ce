import { model } from "@medusajs/framework/utils"

/** A Stripe webhook event taken for processing; its unique id makes each event count once. */
export const StripeEvent = model.define("stripe_event", {
  id: model.id({ prefix: "sevt" }).primaryKey(),
  event_id: model.text().unique(),
  type: model.text(),
  // Stripe account the event happened on (connected account events), if any.
  account: model.text().nullable(),
  // Stripe's `created` (unix seconds), used to ignore state older than what was applied.
  event_created: model.number(),
  status: model.enum(["processing", "processed", "failed"]).default("processing"),
  error: model.text().nullable(),
})
