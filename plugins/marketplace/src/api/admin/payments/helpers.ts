import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * The order and group a payment is the share of, or null for any other payment. A share is
 * bookkeeping: capturing or refunding it must move the group's real payment, so Medusa's
 * payment routes hand shares to the marketplace's workflows.
 */
export async function sharePayment(container: MedusaContainer, paymentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payment],
  } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.metadata", "payment_collection.order.id"],
    filters: { id: paymentId },
  })
  const groupId = payment?.payment_collection?.metadata?.order_group_id as string | undefined
  const orderId = (payment?.payment_collection as any)?.order?.id as string | undefined
  return groupId && orderId ? { order_group_id: groupId, order_id: orderId } : null
}
