import Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"

/** How old a signed webhook may be, as Stripe's own default. */
const TOLERANCE_SECONDS = 300

/** Checks the Stripe-Signature of a webhook body with Stripe's library; INVALID_DATA when forged or stale. */
export function verifyStripeEvent(rawBody: Buffer | string | undefined, signature: unknown, secret: string | undefined): Stripe.Event {
  if (!secret) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe payouts webhooks are not configured (no webhook secret)")
  }
  if (typeof signature !== "string" || !signature) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing Stripe-Signature header")
  }
  if (!rawBody?.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Empty webhook body")
  }
  try {
    return Stripe.webhooks.constructEvent(rawBody, signature, secret, TOLERANCE_SECONDS)
  } catch (e: any) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid Stripe signature: ${e?.message ?? e}`)
  }
}
