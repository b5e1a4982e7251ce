import Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"
import type { ProviderEvent } from "../payout-provider"
import { describeIssues, nulPath, StripeEventEnvelope } from "./event-shapes"

/** How old a signed webhook may be, as Stripe's own default. */
const TOLERANCE_SECONDS = 300

/**
 * Checks the Stripe-Signature of a webhook body with Stripe's library, and that the event can be
 * recorded (an id, a type, a time, no NUL characters); INVALID_DATA when forged, stale or malformed.
 */
export function verifyStripeEvent(rawBody: Buffer | string | undefined, signature: unknown, secret: string | undefined): ProviderEvent {
  if (!secret) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe payouts webhooks are not configured (no webhook secret)")
  }
  if (typeof signature !== "string" || !signature) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe-Signature header")
  }
  if (!rawBody?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Empty webhook body")
  }
  let event: Stripe.Event
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, secret, TOLERANCE_SECONDS)
  } catch (e: any) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid Stripe signature: ${e?.message ?? e}`)
  }
  const envelope = StripeEventEnvelope.safeParse(event)
  if (!envelope.success) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Malformed Stripe event: ${describeIssues(envelope.error, "event")}`)
  }
  const nul = nulPath(event)
  if (nul) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Malformed Stripe event: ${nul.slice(0, 200)} holds a NUL character`)
  }
  return event
}
