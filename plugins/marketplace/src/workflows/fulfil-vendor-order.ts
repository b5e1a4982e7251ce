import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderFulfillmentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { toNumber } from "./orders/amounts"

export type TrackingInput = { tracking_number?: string; tracking_url?: string; carrier?: string }

export type FulfilVendorOrderInput = TrackingInput & {
  order_id: string
  items?: { id: string; quantity: number }[]
  location_id?: string
  notify_customer?: boolean
  created_by?: string
}

/** Medusa's fulfillment labels from our tracking fields (none without a tracking number). */
export const toLabels = (t: TrackingInput) =>
  t.tracking_number ? [{ tracking_number: t.tracking_number, tracking_url: t.tracking_url ?? "", label_url: "" }] : undefined

const remaining = (detail: { quantity?: unknown; fulfilled_quantity?: unknown } | undefined) =>
  toNumber(detail?.quantity) - toNumber(detail?.fulfilled_quantity)

export const fulfilVendorOrderWorkflowId = "fulfil-vendor-order"

/**
 * Creates a fulfillment of a vendor's order (by default every item not yet fulfilled) with its
 * tracking number and carrier, through Medusa's own fulfillment workflow, and emits
 * marketplace.order.fulfilled.
 */
export const fulfilVendorOrderWorkflow = createWorkflow(fulfilVendorOrderWorkflowId, (input: FulfilVendorOrderInput) => {
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "items.id", "items.detail.quantity", "items.detail.fulfilled_quantity"],
    filters: { id: input.order_id },
  })
  const items = transform(
    { input, orders },
    ({ input, orders }) =>
      input.items ??
      (orders[0]?.items ?? []).map((item: any) => ({ id: item.id, quantity: remaining(item.detail) })).filter((item: { quantity: number }) => item.quantity > 0)
  )
  const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
    input: transform({ input, items }, ({ input, items }) => ({
      order_id: input.order_id,
      items,
      location_id: input.location_id,
      labels: toLabels(input),
      no_notification: input.notify_customer === false,
      created_by: input.created_by,
      metadata: input.carrier ? { carrier: input.carrier } : undefined,
    })),
  })
  emitVendorOrderEvent(
    MarketplaceOrderEvents.FULFILLED,
    input,
    transform({ fulfillment, input }, ({ fulfillment, input }) => ({ fulfillment_id: fulfillment.id, tracking_number: input.tracking_number ?? null }))
  )
  return new WorkflowResponse(fulfillment)
})
