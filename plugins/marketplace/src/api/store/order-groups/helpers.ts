import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { retrieveStoreOrderGroupQueryConfig } from "./query-config"

/** The group with its orders; NOT_FOUND unless `customerId` (when given) placed it. */
export async function retrieveOrderGroup(container: MedusaContainer, id: string, customerId?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields: [...retrieveStoreOrderGroupQueryConfig.defaults, "customer_id"], filters: { id } })
  if (!group || (customerId !== undefined && group.customer_id !== customerId)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group ${id} not found`)
  }
  const { customer_id: _customer, ...visible } = group
  return visible
}
