import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { MarketplaceOrderEvents } from "../events"
import { emitVendorOrderEvent } from "./orders/emit-vendor-order-event"
import { toLabels, type TrackingInput } from "./fulfil-vendor-order"

export type ShipVendorOrderInput = TrackingInput & { order_id: string; fulfillment_id: string; created_by?: string }

export const shipVendorOrderWorkflowId = "ship-vendor-order"

/** Marks a fulfillment shipped (all its items), optionally with new tracking, and emits marketplace.order.shipped. */
export const shipVendorOrderWorkflow = createWorkflow(shipVendorOrderWorkflowId, (input: ShipVendorOrderInput) => {
  const { data: fulfillments } = useQueryGraphStep({
    entity: "fulfillment",
    fields: ["id", "items.line_item_id", "items.quantity", "metadata", "labels.tracking_number", "labels.tracking_url", "labels.label_url"],
    filters: { id: input.fulfillment_id },
  })
  createOrderShipmentWorkflow.runAsStep({
    input: transform({ input, fulfillments }, ({ input, fulfillments }) => ({
      order_id: input.order_id,
      fulfillment_id: input.fulfillment_id,
      items: (fulfillments[0]?.items ?? []).map((i: any) => ({ id: i.line_item_id, quantity: i.quantity })),
      // Medusa replaces a fulfillment's labels on shipment: keep the ones given at fulfilment unless new ones come.
      labels:
        toLabels(input) ??
        (fulfillments[0]?.labels ?? []).map((l: any) => ({ tracking_number: l.tracking_number, tracking_url: l.tracking_url, label_url: l.label_url })),
      created_by: input.created_by,
      metadata: input.carrier ? { ...(fulfillments[0]?.metadata ?? {}), carrier: input.carrier } : undefined,
    })),
  })
  emitVendorOrderEvent(
    MarketplaceOrderEvents.SHIPPED,
    input,
    transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id }))
  )
  return new WorkflowResponse(transform({ input }, ({ input }) => ({ fulfillment_id: input.fulfillment_id })))
})
