import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../../../links/vendor-order"
import { groupPaymentFields, withGroupPaymentStatus } from "./payment-status"

/** Ids of the vendor's orders, optionally narrowed to `ids`. */
export async function vendorOrderIds(container: MedusaContainer, vendorId: string, ids?: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const filters: Record<string, unknown> = { vendor_id: vendorId }
  if (ids) {
    filters.order_id = ids
  }
  const { data } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["order_id"], filters })
  return data.map((row: { order_id: string }) => row.order_id)
}

/** Throws NOT_FOUND unless the order belongs to the vendor: other vendors' orders look absent. */
export async function assertVendorOrder(container: MedusaContainer, vendorId: string, orderId: string) {
  const [owned] = await vendorOrderIds(container, vendorId, [orderId])
  if (!owned) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
  }
}

/** The order with `fields` (and Medusa's computed statuses), after checking it is the vendor's. */
export async function retrieveVendorOrder(container: MedusaContainer, vendorId: string, orderId: string, fields: string[]) {
  await assertVendorOrder(container, vendorId, orderId)
  const { result } = await getOrderDetailWorkflow(container).run({
    input: { order_id: orderId, fields: [...fields, ...groupPaymentFields] },
  })
  return withGroupPaymentStatus(result as Record<string, any>)
}

/** Throws NOT_FOUND unless `childId` (a fulfillment or return) is one of the vendor's order's. */
export async function assertOrderChild(
  container: MedusaContainer,
  vendorId: string,
  orderId: string,
  kind: "fulfillments" | "returns",
  childId: string
) {
  await assertVendorOrder(container, vendorId, orderId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields: ["id", `${kind}.id`], filters: { id: orderId } })
  if (!(order[kind] ?? []).some((child: { id: string }) => child?.id === childId)) {
    const label = kind === "fulfillments" ? "Fulfillment" : "Return"
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} ${childId} not found`)
  }
}
