import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's `POST /store/returns` takes any order id from anyone holding the publishable key.
 * Only the signed-in customer who placed the order may ask to return it; other orders look absent.
 */
export async function ownOrderReturns(req: AuthenticatedMedusaRequest<{ order_id?: string }>, _res: MedusaResponse, next: MedusaNextFunction) {
  const orderId = req.body?.order_id
  if (typeof orderId === "string") {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["id", "customer_id"], filters: { id: orderId } })
    if (!order || order.customer_id !== req.auth_context.actor_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} not found`)
    }
  }
  next()
}
