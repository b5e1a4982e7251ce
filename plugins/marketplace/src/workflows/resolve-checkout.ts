import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, addOrderTransactionStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { EventPriority, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { MarketplaceOrderEvents } from "../events"
import { CHECKOUT_LOCK_TTL } from "./orders/checkout-lock"
import { registerUsageStep } from "./orders/core-internals"
import { completeOrderGroupStep } from "./steps/complete-order-group"
import { createOrderPaymentsStep } from "./steps/create-order-payments"
import { loadHalfDoneCheckoutStep } from "./steps/load-half-done-checkout"
import { undoCheckoutStep } from "./steps/undo-checkout"

export const resolveCheckoutWorkflowId = "resolve-checkout"

export type ResolveCheckoutResult = { outcome: "none" | "completed" | "undone" }

/**
 * Settles a checkout that a crash left half-done. With the payment authorized it does what was
 * left (each order's payment, captures booked, promotions counted, group marked finished, events
 * emitted); without, it undoes the checkout and the cart is open again. Run under the cart's lock.
 */
export const resolveCheckoutWorkflow = createWorkflow(resolveCheckoutWorkflowId, (input: { order_group_id: string }) => {
  const checkout = loadHalfDoneCheckoutStep(input)
  const action = transform({ checkout }, ({ checkout }) => checkout?.action ?? "done")

  when("finish-checkout", { action }, ({ action }) => action === "finish").then(() => {
    createOrderPaymentsStep(
      transform({ checkout }, ({ checkout }) => ({
        order_group_id: checkout!.group.id,
        currency_code: checkout!.group.currency_code,
        payment: { id: checkout!.payment!.id, captured: checkout!.payment!.captured },
        orders: checkout!.orders,
      }))
    )
    addOrderTransactionStep(
      transform({ checkout }, ({ checkout }) =>
        checkout!.payment!.captured
          ? checkout!.orders
              .filter((o) => !o.has_capture)
              .map((o) => ({
                order_id: o.id,
                amount: o.total,
                currency_code: checkout!.group.currency_code,
                reference: "capture",
                reference_id: checkout!.payment!.capture_id ?? checkout!.payment!.id,
              }))
          : []
      )
    )
    completeOrderGroupStep(transform({ checkout }, ({ checkout }) => ({ id: checkout!.group.id })))
    registerUsageStep(transform({ checkout }, ({ checkout }) => checkout!.usage))
    const placed = transform({ checkout }, ({ checkout }) =>
      checkout!.orders.map((o) => ({ id: o.id, vendor_id: o.vendor_id, order_group_id: checkout!.group.id }))
    )
    emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: placed, options: { priority: EventPriority.CRITICAL } })
    emitEventStep({ eventName: MarketplaceOrderEvents.PLACED, data: placed }).config({ name: "emit-vendor-orders-placed" })
    emitEventStep({
      eventName: MarketplaceOrderEvents.GROUP_PLACED,
      data: transform({ checkout }, ({ checkout }) => ({ id: checkout!.group.id, order_ids: checkout!.orders.map((o) => o.id) })),
    }).config({ name: "emit-order-group-placed" })
  })

  when("undo-checkout", { action }, ({ action }) => action === "undo").then(() => {
    undoCheckoutStep(transform({ checkout }, ({ checkout }) => checkout!))
  })

  return new WorkflowResponse(
    transform({ action }, ({ action }): ResolveCheckoutResult => ({
      outcome: action === "finish" ? "completed" : action === "undo" ? "undone" : "none",
    }))
  )
})

export const sweepCheckoutWorkflowId = "sweep-checkout"

/** Settles one half-done checkout nobody is retrying, under the cart's lock (the start-up sweep). */
export const sweepCheckoutWorkflow = createWorkflow(sweepCheckoutWorkflowId, (input: { order_group_id: string; cart_id: string }) => {
  acquireLockStep({ key: input.cart_id, timeout: 5, ttl: CHECKOUT_LOCK_TTL })
  const result = resolveCheckoutWorkflow.runAsStep({ input: { order_group_id: input.order_group_id } })
  releaseLockStep({ key: input.cart_id })
  return new WorkflowResponse(result)
})
