import { z } from "@medusajs/framework/zod"

const amount = z.number().int().min(0)
const intent = z.object({
  id: z.string().min(1),
  currency: z.string().regex(/^[a-zA-Z]{3}$/),
  amount,
  metadata: z.object({ session_id: z.string().min(1).max(255) }),
})
const created = intent.extend({ payment_method: z.union([z.string(), z.object({ type: z.string() })]).nullish() })

/** For each event type Medusa's Stripe provider acts on, the payment intent fields it reads. */
export const intentShapes: Record<string, z.ZodType> = {
  "payment_intent.created": created,
  "payment_intent.processing": created,
  "payment_intent.canceled": intent,
  "payment_intent.payment_failed": intent,
  "payment_intent.requires_action": intent,
  "payment_intent.amount_capturable_updated": intent.extend({ amount_capturable: amount }),
  "payment_intent.partially_funded": intent.extend({
    next_action: z.object({ display_bank_transfer_instructions: z.object({ amount_remaining: amount.nullish() }).nullish() }).nullish(),
  }),
  "payment_intent.succeeded": intent.extend({ amount_received: amount }),
}

/** Why Medusa's provider would choke on this signed event (no object, or one missing what it reads), if it would. */
export function malformedIntentEvent(event: unknown): string | null {
  const { type, data } = (event ?? {}) as { type?: unknown; data?: { object?: unknown } }
  const object = data?.object
  if (typeof object !== "object" || object === null || Array.isArray(object)) {
    return "data.object is not an object"
  }
  const shape = typeof type === "string" && Object.prototype.hasOwnProperty.call(intentShapes, type) ? intentShapes[type] : null
  const parsed = shape?.safeParse(object)
  return parsed && !parsed.success ? parsed.error.issues.map((i) => `data.object.${i.path.join(".")}: ${i.message}`).join("; ") : null
}
