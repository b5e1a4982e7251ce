import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { verifyStripeEvent } from "../../../webhooks/verify"
import { webhookHandlers } from "../../../webhooks/handlers"

/**
 * Stripe Connect webhooks. The signature is checked first (400 when forged or stale); each event
 * id is then processed once, so Stripe's retries and replays change nothing. A failure answers
 * 500, so that Stripe retries the event later.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const event = verifyStripeEvent((req as any).rawBody, req.headers["stripe-signature"], payouts.options.webhookSecret)
  const handler = webhookHandlers[event.type]
  if (!handler) {
    return res.json({ received: true, handled: false })
  }
  const taken = await payouts.takeEvent({ id: event.id, type: event.type, account: event.account, created: event.created })
  if (!taken) {
    return res.json({ received: true, duplicate: true })
  }
  const [record] = await payouts.listStripeEvents({ event_id: event.id })
  try {
    await handler(event, req.scope)
    await payouts.updateStripeEvents({ id: record.id, status: "processed", error: null })
  } catch (e: any) {
    await payouts.updateStripeEvents({ id: record.id, status: "failed", error: String(e?.message ?? e).slice(0, 1000) })
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Stripe event ${event.id} (${event.type}) failed: ${e?.message ?? e}`)
    return res.status(500).json({ type: "unexpected_state", message: `Event ${event.id} could not be processed; Stripe will retry it` })
  }
  res.json({ received: true })
}
