import { transform, type WorkflowData } from "@medusajs/framework/workflows-sdk"
import { emitEventStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"

/**
 * Composes the steps that emit a marketplace order event with its vendor and order group
 * (`{ id, vendor_id, order_group_id, ...extra }`). Use inside a workflow definition.
 */
export function emitVendorOrderEvent(
  eventName: string,
  input: { order_id: string } | WorkflowData<{ order_id: string }>,
  extra?: Record<string, unknown> | WorkflowData<Record<string, unknown>>
) {
  // Step names are dotted paths inside the orchestrator, so event names cannot be used as they are.
  const stepName = eventName.replace(/\W+/g, "-")
  const { data: orders } = useQueryGraphStep({
    entity: "order",
    fields: ["id", "vendor.id", "order_group.id"],
    filters: { id: input.order_id },
  }).config({ name: `${stepName}-order` })
  emitEventStep({
    eventName,
    data: transform({ orders, extra }, ({ orders, extra }) => ({
      id: orders[0].id,
      vendor_id: orders[0].vendor?.id ?? null,
      order_group_id: orders[0].order_group?.id ?? null,
      ...(extra ?? {}),
    })),
  }).config({ name: `${stepName}-emit` })
}
