import { model } from "@medusajs/framework/utils"

/** A payout from a vendor's Stripe balance to its bank, as reported by payout.* webhooks. */
export const BankPayout = model.define("bank_payout", {
  id: model.id({ prefix: "bpo" }).primaryKey(),
  vendor_id: model.text(),
  stripe_account_id: model.text(),
  stripe_payout_id: model.text().unique(),
  amount: model.bigNumber(),
  currency_code: model.text(),
  status: model.text(),
  arrival_date: model.dateTime().nullable(),
  failure_code: model.text().nullable(),
  failure_message: model.text().nullable(),
  // Stripe `created` of the newest event applied, so a late older event cannot undo a newer one.
  event_created: model.number().default(0),
})
