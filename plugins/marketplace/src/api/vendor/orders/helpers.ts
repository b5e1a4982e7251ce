import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import VendorOrderLink from "../../../links/vendor-order"

/** Ids of the vendor's orders. */
export async function vendorOrderIds(container: MedusaContainer, vendorId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: VendorOrderLink.entryPoint, fields: ["order_id"], filters: { vendor_id: vendorId } })
  return data.map((row: { order_id: string }) => row.order_id)
}

const notFound = (orderId: string) => new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)

/** The order with `fields`, in one query; NOT_FOUND unless it is the vendor's: other vendors' orders look absent. */
export async function assertVendorOrder(container: MedusaContainer, vendorId: string, orderId: string, fields: string[] = []) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields: ["id", "vendor.id", ...fields], filters: { id: orderId } })
  if (order?.vendor?.id !== vendorId) {
    throw notFound(orderId)
  }
  return order
}

/** The order with `fields` and Medusa's computed statuses (each order has its own payment); NOT_FOUND unless it is the vendor's. */
export async function retrieveVendorOrder(container: MedusaContainer, vendorId: string, orderId: string, fields: string[]) {
  const { result, errors } = await getOrderDetailWorkflow(container).run({
    input: { order_id: orderId, fields: [...fields, "vendor.id"] },
    throwOnError: false,
  })
  const error = errors?.[0]?.error
  if (error && error.type !== MedusaError.Types.NOT_FOUND) {
    throw error
  }
  const order = result as Record<string, any> | undefined
  if (error || order?.vendor?.id !== vendorId) {
    throw notFound(orderId)
  }
  const { vendor: _vendor, ...visible } = order!
  return visible
}

/** Throws NOT_FOUND unless `childId` (a fulfillment or return) is one of the vendor's order's. */
export async function assertOrderChild(container: MedusaContainer, vendorId: string, orderId: string, kind: "fulfillments" | "returns", childId: string) {
  const order = await assertVendorOrder(container, vendorId, orderId, [`${kind}.id`])
  if (!(order[kind] ?? []).some((child: { id: string }) => child?.id === childId)) {
    const label = kind === "fulfillments" ? "Fulfillment" : "Return"
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} ${childId} not found`)
  }
}
