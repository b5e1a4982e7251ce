import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import VendorOrderLink from "../../../links/vendor-order"

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

/** The order with `fields`, after checking it is the vendor's. */
export async function retrieveVendorOrder(container: MedusaContainer, vendorId: string, orderId: string, fields: string[]) {
  await assertVendorOrder(container, vendorId, orderId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: [order] } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
  return order
}

/** Throws NOT_FOUND unless `childId` (a fulfillment or return) is one of the vendor's order's. */
export async function assertOrderChild(
  container: MedusaContainer,
  vendorId: string,
  orderId: string,
  kind: "fulfillments" | "returns",
  childId: string
) {
  const order = await retrieveVendorOrder(container, vendorId, orderId, ["id", `${kind}.id`])
  if (!(order[kind] ?? []).some((child: { id: string }) => child?.id === childId)) {
    const label = kind === "fulfillments" ? "Fulfillment" : "Return"
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} ${childId} not found`)
  }
}
