import { model } from "@medusajs/framework/utils"

/**
 * One checkout split into one order per vendor: what the customer sees as a single purchase,
 * paid once through the group's payment collection.
 */
export const OrderGroup = model.define("order_group", {
  id: model.id({ prefix: "ordgrp" }).primaryKey(),
  // The completed cart; one group per cart, which makes completion idempotent.
  cart_id: model.text().unique(),
  customer_id: model.text().nullable(),
  email: model.text().nullable(),
  currency_code: model.text(),
  // What the customer was charged for the whole checkout.
  total: model.bigNumber(),
  // Set when the checkout finished (payment authorized, orders paid for); a group without it was
  // interrupted and is finished or undone by the next completion attempt or the start-up sweep.
  completed_at: model.dateTime().nullable(),
  metadata: model.json().nullable(),
})
