import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUTS_MODULE } from "../../../modules/payouts"
import type PayoutsModuleService from "../../../modules/payouts/service"
import { webhookHandlers } from "./helpers"
import { describeIssues } from "../../../providers/stripe-connect/event-shapes"

/**
 * Stripe Connect webhooks. The signature is checked first (400 when forged, stale or not an event);
 * each event id is then processed once, so Stripe's retries and replays change nothing. An event
 * whose object lacks what its handler reads is recorded as failed and acknowledged, since a retry
 * cannot fix it; any other failure answers 500, so that Stripe retries the event later.
 */
export async function POST(req: MedusaRequest, res: MedusaResponse) {
  const payouts: PayoutsModuleService = req.scope.resolve(PAYOUTS_MODULE)
  const event = payouts.parseWebhook((req as any).rawBody, req.headers["stripe-signature"])
  const handler = Object.prototype.hasOwnProperty.call(webhookHandlers, event.type) ? webhookHandlers[event.type] : undefined
  if (!handler) {
    return res.json({ received: true, handled: false })
  }
  const taken = await payouts.takeEvent({ id: event.id, type: event.type, account: event.account, created: event.created })
  if (!taken) {
    return res.json({ received: true, duplicate: true })
  }
  const [record] = await payouts.listStripeEvents({ event_id: event.id })
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  const shape = handler.object.safeParse((event.data as { object?: unknown } | undefined)?.object)
  if (!shape.success) {
    const error = `Malformed event: ${describeIssues(shape.error, "data.object")}`.slice(0, 1000)
    await payouts.updateStripeEvents({ id: record.id, status: "failed", error })
    logger.warn(`Stripe event ${event.id} (${event.type}) not processed: ${error}`)
    return res.json({ received: true, processed: false, error })
  }
  try {
    await handler.handle(event, req.scope)
    await payouts.updateStripeEvents({ id: record.id, status: "processed", error: null })
  } catch (e: any) {
    await payouts.updateStripeEvents({ id: record.id, status: "failed", error: String(e?.message ?? e).slice(0, 1000) })
    logger.error(`Stripe event ${event.id} (${event.type}) failed: ${e?.message ?? e}`)
    return res.status(500).json({ type: "unexpected_state", message: `Event ${event.id} could not be processed; Stripe will retry it` })
  }
  res.json({ received: true })
}
