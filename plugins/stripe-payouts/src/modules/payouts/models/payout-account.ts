import { model } from "@medusajs/framework/utils"

/** A vendor's Stripe Connect (Express) account and how far its onboarding has got. */
export const PayoutAccount = model.define("payout_account", {
  id: model.id({ prefix: "pacct" }).primaryKey(),
  vendor_id: model.text().unique(),
  stripe_account_id: model.text().unique(),
  // pending: onboarding not finished; active: transfers can be sent; restricted: Stripe needs more.
  status: model.enum(["pending", "active", "restricted"]).default("pending"),
  country: model.text(),
  charges_enabled: model.boolean().default(false),
  payouts_enabled: model.boolean().default(false),
  details_submitted: model.boolean().default(false),
  // Stripe's requirements (currently_due, past_due, disabled_reason), shown to the vendor.
  requirements: model.json().nullable(),
  // Stripe `created` time of the newest account state applied; older webhooks are ignored.
  synced_at: model.number().default(0),
})
